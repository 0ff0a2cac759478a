namespace HipKnee.Bot.Persistence;

/// <summary>One knee-pain answer (0–10), with the user's local date it was given on.</summary>
public sealed class PainEntryRecord
{
    public long Id { get; set; }
    public long ChatId { get; set; }
    public DateTimeOffset At { get; set; }
    public DateOnly LocalDay { get; set; }
    public int Score { get; set; }

    /// <summary>The user's latest session number when answering (0 before the first session).</summary>
    public int SessionNumber { get; set; }
}
