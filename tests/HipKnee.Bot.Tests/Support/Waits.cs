namespace HipKnee.Bot.Tests.Support;

public static class Waits
{
    /// <summary>Generous: only reached when something is broken, never a timing assertion.</summary>
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(30);
}
