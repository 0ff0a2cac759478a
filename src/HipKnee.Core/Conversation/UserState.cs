using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Conversation;

/// <summary>Everything the coach needs to know about one user to answer their next message.</summary>
public sealed record UserState(long ChatId)
{
    public string Language { get; init; } = "en";

    public Level Level { get; init; } = Level.Standard;

    public string TimeZoneId { get; init; } = "UTC";

    /// <summary>True once the user picked a zone themselves (UTC is only a default until then).</summary>
    public bool ZoneChosen { get; init; }

    public TrainingDays TrainingDays { get; init; } = TrainingDays.Default;

    /// <summary>How many sessions the user has ever started; the newest one has this number.</summary>
    public int SessionCount { get; init; }

    public ActiveSession? Session { get; init; }

    /// <summary>When the user was last told that only text and buttons are understood (at most once a minute).</summary>
    public DateTimeOffset? LastNonTextHintAt { get; init; }

    /// <summary>The user's local time for training-day reminders.</summary>
    public TimeOnly ReminderTime { get; init; } = new(7, 30);

    /// <summary>True once the user has chosen days, time and zone; reminders are only sent then.</summary>
    public bool HasSchedule { get; init; }

    public bool RemindersPaused { get; init; }

    /// <summary>The schedule question the user is answering, if any.</summary>
    public SetupStep Setup { get; init; }

    /// <summary>Telegram's language code of the user, used to guess a time zone.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>The next reminder message owed; null without a schedule or while paused.</summary>
    public Nudge? NextNudge { get; init; }

    /// <summary>The training day the latest reminder was about, and how many messages it has sent (at most two).</summary>
    public DateOnly? NudgedDay { get; init; }

    public int NudgesOnNudgedDay { get; init; }

    public DateOnly? LastStartedDay { get; init; }

    public DateOnly? LastCompletedDay { get; init; }

    /// <summary>A training day the user declined with "Not today".</summary>
    public DateOnly? SkippedDay { get; init; }

    public bool IsValid => SessionCount >= 0
        && (Session is null || (Session.IsValid && !Session.IsFinished && Session.Number == SessionCount))
        && (NextNudge is null || (HasSchedule && !RemindersPaused))
        && NudgesOnNudgedDay is >= 0 and <= 2;

    /// <summary>The user's local date at <paramref name="now"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset now) => TrainingCalendar.LocalDate(now, TimeZoneId);
}
