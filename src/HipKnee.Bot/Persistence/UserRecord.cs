namespace HipKnee.Bot.Persistence;

/// <summary>One user (a private chat): their settings and where they are in the conversation.</summary>
public sealed class UserRecord
{
    public long ChatId { get; set; }
    public string Language { get; set; } = "en";
    /// <summary>The single level of older versions (1 beginner variants, 2 standard), kept in step so a rollback still reads it.</summary>
    public int Level { get; set; }

    /// <summary>Level per exercise, e.g. "1,1,1,1" (see <see cref="HipKnee.Core.Routine.ExerciseLevels"/>).</summary>
    public string Levels { get; set; } = "";

    public DateTimeOffset? LevelsChangedAt { get; set; }

    /// <summary>When each exercise's level last changed, e.g. "1772434800000,,," (see <see cref="HipKnee.Core.Routine.LevelChangeTimes"/>).</summary>
    public string LevelChangeTimes { get; set; } = "";
    public int LevelOffer { get; set; }
    public DateTimeOffset? LevelOfferedAt { get; set; }
    public bool PainCheckPending { get; set; }

    /// <summary>The open pain question is about the session just ended (not an ad-hoc /pain).</summary>
    public bool PainCheckForSession { get; set; }

    public bool RedFlagsCleared { get; set; }
    public bool HurtQuestionOpen { get; set; }

    /// <summary>The exercise last named as hurting (<see cref="HipKnee.Core.Routine.ExerciseId"/>), null when none.</summary>
    public int? HurtExercise { get; set; }

    /// <summary>Exercises with a skipped set in the last session, as bits (<see cref="HipKnee.Core.Routine.ExerciseMask"/>).</summary>
    public int SkippedLastSession { get; set; }

    public int EffortNotesShown { get; set; }
    public int? LevelOfferExercise { get; set; }

    /// <summary>When the morning-check scan owes this user "Your knee this morning?" (UTC); indexed, null when none is planned.</summary>
    public DateTimeOffset? NextMorningCheckAt { get; set; }

    public DateOnly? MorningCheckDay { get; set; }
    public bool MorningCheckOpen { get; set; }
    public bool SummariesOff { get; set; }
    public bool PicturesOff { get; set; }

    /// <summary>When the summary scan owes this user their weekly summary (UTC); indexed, null when none is planned.</summary>
    public DateTimeOffset? NextSummaryAt { get; set; }

    public DateTimeOffset? EraseAskedAt { get; set; }

    /// <summary>The running hold timer: its session (null when none), step, start and length.</summary>
    public int? TimerSession { get; set; }

    public int TimerStep { get; set; }
    public DateTimeOffset? TimerStartedAt { get; set; }
    public int TimerSeconds { get; set; }

    /// <summary>How many holds the running timer counts (the bridge's 5 × 5 s); 0 is read as 1.</summary>
    public int TimerReps { get; set; }

    /// <summary>When the timer ticker owes this user the next countdown edit (UTC); indexed, null without a timer.</summary>
    public DateTimeOffset? NextTimerAt { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public bool ZoneChosen { get; set; }
    public int TrainingDays { get; set; }
    public int SessionCount { get; set; }
    public int? ActiveSessionNumber { get; set; }
    public DateTimeOffset? ActiveStartedAt { get; set; }
    public DateTimeOffset? ActiveLastActivityAt { get; set; }
    public int ActiveStep { get; set; }
    public int ActiveDone { get; set; }
    public int ActiveSkipped { get; set; }

    /// <summary>The steps of the running session answered "skip", one bit per step.</summary>
    public int ActiveSkippedSteps { get; set; }
    public DateTimeOffset? LastNonTextHintAt { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Telegram's IETF tag of the user's app; cut to the column (Telegram does not bound it).</summary>
    public string? LanguageCode
    {
        get => _languageCode;
        set => _languageCode = value is { Length: > LanguageCodeMaxLength } ? value[..LanguageCodeMaxLength] : value;
    }

    public const int LanguageCodeMaxLength = 16;
    private string? _languageCode;

    /// <summary>Local reminder time as minutes after midnight.</summary>
    public int ReminderMinuteOfDay { get; set; }

    public bool HasSchedule { get; set; }
    public bool RemindersPaused { get; set; }
    public int SetupStep { get; set; }

    /// <summary>When the reminder scan owes this user a message (UTC); indexed, null when nothing is planned.</summary>
    public DateTimeOffset? NextNudgeAt { get; set; }

    public int? NextNudgeKind { get; set; }
    public DateOnly? NextNudgeDay { get; set; }
    public DateOnly? NudgedDay { get; set; }
    public int NudgesOnNudgedDay { get; set; }
    public DateOnly? LastStartedDay { get; set; }
    public DateOnly? LastCompletedDay { get; set; }
    public DateOnly? SkippedDay { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bumped on every save; a concurrent writer that read an older version fails instead of overwriting.</summary>
    public long Version { get; set; }

    /// <summary>A detached copy (every column is a value or an immutable string), e.g. to work out a save before making it.</summary>
    public UserRecord Copy() => (UserRecord)MemberwiseClone();
}
