namespace HipKnee.Bot.Options;

/// <summary>The <c>Database</c> configuration section (the connection string itself is <c>ConnectionStrings:HipKnee</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "HipKnee";
    public const string DefaultConnectionString = "Data Source=hipknee.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
