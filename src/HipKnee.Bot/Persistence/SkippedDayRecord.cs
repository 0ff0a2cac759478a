namespace HipKnee.Bot.Persistence;

/// <summary>A training day the user declined with "Not today".</summary>
public sealed class SkippedDayRecord
{
    public long ChatId { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset At { get; set; }
}
