namespace HipKnee.Bot.Persistence;

/// <summary>
/// An update that kept failing against a working database, set aside with what it was and why it failed, for an
/// operator to look at; never deleted by the bot (an outage never puts anything here).
/// </summary>
public sealed class DeadLetter
{
    public long Id { get; set; }

    /// <summary>Telegram's update id; null for input without one (console).</summary>
    public long? UpdateId { get; set; }

    public long ChatId { get; set; }

    /// <summary>The update as Telegram sent it; empty when the intake had no JSON (console).</summary>
    public string Json { get; set; } = "";

    /// <summary>The last error's type and message.</summary>
    public string Error { get; set; } = "";

    public DateTimeOffset FailedAt { get; set; }
}
