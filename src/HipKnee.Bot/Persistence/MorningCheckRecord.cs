namespace HipKnee.Bot.Persistence;

/// <summary>One answer to the next-morning check ("Your knee this morning?").</summary>
public sealed class MorningCheckRecord
{
    public long Id { get; set; }
    public long ChatId { get; set; }

    /// <summary>The user's local date of the morning asked about.</summary>
    public DateOnly Day { get; set; }

    /// <summary>1 better, 2 same as usual, 3 worse (<see cref="HipKnee.Core.Conversation.MorningAnswer"/>).</summary>
    public int Answer { get; set; }

    public DateTimeOffset At { get; set; }
}
