using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Conversation;

/// <summary>Everything the coach needs to know about one user to answer their next message.</summary>
public sealed record UserState(long ChatId)
{
    public string Language { get; init; } = "en";

    /// <summary>
    /// False once the user blocked the bot (or Telegram refused a message as if they had): nothing they did not ask for
    /// is sent until they write or unblock again.
    /// </summary>
    public bool Active { get; init; } = true;

    /// <summary>The user's level in each exercise; 0 is the beginner variant.</summary>
    public ExerciseLevels Levels { get; init; } = ExerciseLevels.Start;

    /// <summary>When the levels last changed (by the user, an offer or the pain rule); progression counts from here.</summary>
    public DateTimeOffset? LevelsChangedAt { get; init; }

    /// <summary>When each exercise's level last changed (kept by <see cref="DayBook"/>); its move-up clock counts from there.</summary>
    public LevelChangeTimes LevelChanges { get; init; } = LevelChangeTimes.None;

    /// <summary>A move-up or step-back offer waiting for its button, and when it was made.</summary>
    public LevelOffer LevelOffer { get; init; }

    public DateTimeOffset? LevelOfferedAt { get; init; }

    /// <summary>True while the after-session "How did your knees feel?" question is open.</summary>
    public bool PainCheckPending { get; init; }

    /// <summary>True when the open pain question is about the session just ended (ad-hoc /pain answers are kept apart).</summary>
    public bool PainCheckForSession { get; init; }

    /// <summary>True once the user answered the red-flag screen with "None of these".</summary>
    public bool RedFlagsCleared { get; init; }

    /// <summary>True while "Which exercise hurt the most?" waits for its button.</summary>
    public bool HurtQuestionOpen { get; init; }

    /// <summary>The exercise the user last named as hurting; a worse next morning steps it back.</summary>
    public ExerciseId? HurtExercise { get; init; }

    /// <summary>Exercises with a skipped set in the last session (<see cref="ExerciseMask"/>).</summary>
    public int SkippedLastSession { get; init; }

    /// <summary>How often the "normal effort versus joint pain" paragraph was shown.</summary>
    public int EffortNotesShown { get; init; }

    /// <summary>The exercise a move-up or step-back offer is about; null when it is about all four.</summary>
    public ExerciseId? LevelOfferExercise { get; init; }

    /// <summary>When the morning-check scan owes this user "Your knee this morning?" (UTC); null when none is planned.</summary>
    public DateTimeOffset? NextMorningCheckAt { get; init; }

    /// <summary>The local day the planned or asked morning check is about.</summary>
    public DateOnly? MorningCheckDay { get; init; }

    /// <summary>True once the morning question was sent and until it is answered or its day has passed.</summary>
    public bool MorningCheckOpen { get; init; }

    /// <summary>The user turned exercise pictures off (/pictures off), e.g. to save mobile data.</summary>
    public bool PicturesOff { get; init; }

    /// <summary>The user turned the Sunday summary off.</summary>
    public bool SummariesOff { get; init; }

    /// <summary>When the summary scan owes this user their weekly summary (UTC); null when none is planned.</summary>
    public DateTimeOffset? NextSummaryAt { get; init; }

    /// <summary>The hold timer counting down the current set, if the user started one.</summary>
    public HoldTimer? Timer { get; init; }

    /// <summary>When the user asked to delete their data; the confirmation button works for a short while after.</summary>
    public DateTimeOffset? EraseAskedAt { get; init; }

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
        && NudgesOnNudgedDay is >= 0 and <= 2
        && Levels.IsValid
        && (Timer is null || Timer.IsFor(Session))
        && (NextSummaryAt is null || !SummariesOff)
        && EffortNotesShown >= 0
        && (NextMorningCheckAt is null || (MorningCheckDay is not null && !RemindersPaused));

    /// <summary>The user's local date at <paramref name="now"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset now) => TrainingCalendar.LocalDate(now, TimeZoneId);
}
