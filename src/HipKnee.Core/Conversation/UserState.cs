using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Conversation;

/// <summary>Everything the coach needs to know about one user to answer their next message.</summary>
public sealed record UserState(long ChatId)
{
    public string Language { get; init; } = "en";

    public Level Level { get; init; } = Level.Standard;

    public string TimeZoneId { get; init; } = "UTC";

    public TrainingDays TrainingDays { get; init; } = TrainingDays.Default;

    /// <summary>How many sessions the user has ever started; the newest one has this number.</summary>
    public int SessionCount { get; init; }

    public ActiveSession? Session { get; init; }

    /// <summary>When the user was last told that only text and buttons are understood (at most once a minute).</summary>
    public DateTimeOffset? LastNonTextHintAt { get; init; }

    public bool IsValid => SessionCount >= 0
        && (Session is null || (Session.IsValid && !Session.IsFinished && Session.Number == SessionCount));
}
