namespace HipKnee.Bot.Hosting;

public static class ExitCodes
{
    /// <summary>A missing or malformed setting, or a database that cannot be opened.</summary>
    public const int BadConfiguration = 2;
}
