namespace HipKnee.Bot.Options;

public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}
