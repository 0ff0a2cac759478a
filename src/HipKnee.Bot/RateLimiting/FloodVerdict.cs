namespace HipKnee.Bot.RateLimiting;

public enum FloodVerdict
{
    Admit = 0,

    /// <summary>Beyond the limit, and the user was already told.</summary>
    Ignore = 1,

    /// <summary>Beyond the limit for the first time in this flood: ask the user to slow down.</summary>
    IgnoreAndWarn = 2,
}
