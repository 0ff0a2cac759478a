using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Bot.Updates;

/// <summary>Copies a user's conversation state between the stored row and the Core's <see cref="UserState"/>.</summary>
internal static class UserStateMapping
{
    public static UserRecord NewUser(long chatId, string? languageCode, DateTimeOffset now) => new()
    {
        ChatId = chatId,
        Language = Languages.FromTelegram(languageCode),
        Levels = ExerciseLevels.Start.ToString(),
        Level = 2,
        TimeZoneId = "UTC",
        TrainingDays = (int)TrainingDays.Default,
        ReminderMinuteOfDay = (int)new UserState(chatId).ReminderTime.ToTimeSpan().TotalMinutes,
        LanguageCode = languageCode,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public static UserState ToState(UserRecord user) => new(user.ChatId)
    {
        Language = user.Language,
        Active = user.IsActive,
        Levels = ExerciseLevels.Parse(user.Levels),
        LevelsChangedAt = user.LevelsChangedAt,
        LevelChanges = LevelChangeTimes.Parse(user.LevelChangeTimes),
        LevelOffer = Enum.IsDefined((LevelOffer)user.LevelOffer) ? (LevelOffer)user.LevelOffer : LevelOffer.None,
        LevelOfferedAt = user.LevelOfferedAt,
        PainCheckPending = user.PainCheckPending,
        PainCheckForSession = user.PainCheckForSession,
        RedFlagsCleared = user.RedFlagsCleared,
        HurtQuestionOpen = user.HurtQuestionOpen,
        HurtExercise = user.HurtExercise is { } hurt && Enum.IsDefined((ExerciseId)hurt) ? (ExerciseId)hurt : null,
        SkippedLastSession = user.SkippedLastSession,
        EffortNotesShown = Math.Max(0, user.EffortNotesShown),
        LevelOfferExercise = user.LevelOfferExercise is { } offered && Enum.IsDefined((ExerciseId)offered) ? (ExerciseId)offered : null,
        NextMorningCheckAt = user.MorningCheckDay is null ? null : user.NextMorningCheckAt,
        MorningCheckDay = user.MorningCheckDay,
        MorningCheckOpen = user.MorningCheckOpen,
        SummariesOff = user.SummariesOff,
        PicturesOff = user.PicturesOff,
        NextSummaryAt = user.NextSummaryAt,
        EraseAskedAt = user.EraseAskedAt,
        Timer = user is { TimerSession: { } timerSession, TimerStartedAt: { } timerStarted, NextTimerAt: { } tick }
            ? new HoldTimer(timerSession, user.TimerStep, timerStarted, user.TimerSeconds, tick) { Reps = Math.Max(1, user.TimerReps) }
            : null,
        TimeZoneId = user.TimeZoneId,
        ZoneChosen = user.ZoneChosen,
        TrainingDays = (TrainingDays)user.TrainingDays,
        SessionCount = user.SessionCount,
        LastNonTextHintAt = user.LastNonTextHintAt,
        Session = user is { ActiveSessionNumber: { } number, ActiveStartedAt: { } started }
            ? new ActiveSession(number, started, user.ActiveLastActivityAt ?? started, user.ActiveStep, user.ActiveDone, user.ActiveSkipped) { SkippedSteps = user.ActiveSkippedSteps }
            : null,
        LanguageCode = user.LanguageCode,
        ReminderTime = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Clamp(user.ReminderMinuteOfDay, 0, 24 * 60 - 1))),
        HasSchedule = user.HasSchedule,
        RemindersPaused = user.RemindersPaused,
        Setup = Enum.IsDefined((SetupStep)user.SetupStep) ? (SetupStep)user.SetupStep : SetupStep.None,
        NextNudge = user is { NextNudgeAt: { } at, NextNudgeKind: { } kind, NextNudgeDay: { } day } ? new Nudge(at, (NudgeKind)kind, day) : null,
        NudgedDay = user.NudgedDay,
        NudgesOnNudgedDay = user.NudgesOnNudgedDay,
        LastStartedDay = user.LastStartedDay,
        LastCompletedDay = user.LastCompletedDay,
        SkippedDay = user.SkippedDay,
    };

    public static void Apply(UserState state, UserRecord user, DateTimeOffset now)
    {
        user.Language = state.Language;
        user.IsActive = state.Active;
        user.Levels = state.Levels.ToString();
        user.Level = state.Levels == ExerciseLevels.Beginner ? 1 : 2;
        user.LevelsChangedAt = state.LevelsChangedAt;
        user.LevelChangeTimes = state.LevelChanges.ToString();
        user.LevelOffer = (int)state.LevelOffer;
        user.LevelOfferedAt = state.LevelOfferedAt;
        user.PainCheckPending = state.PainCheckPending;
        user.PainCheckForSession = state.PainCheckForSession;
        user.RedFlagsCleared = state.RedFlagsCleared;
        user.HurtQuestionOpen = state.HurtQuestionOpen;
        user.HurtExercise = (int?)state.HurtExercise;
        user.SkippedLastSession = state.SkippedLastSession;
        user.EffortNotesShown = state.EffortNotesShown;
        user.LevelOfferExercise = (int?)state.LevelOfferExercise;
        user.NextMorningCheckAt = state.NextMorningCheckAt;
        user.MorningCheckDay = state.MorningCheckDay;
        user.MorningCheckOpen = state.MorningCheckOpen;
        user.SummariesOff = state.SummariesOff;
        user.PicturesOff = state.PicturesOff;
        user.NextSummaryAt = state.NextSummaryAt;
        user.EraseAskedAt = state.EraseAskedAt;
        user.TimerSession = state.Timer?.Session;
        user.TimerStep = state.Timer?.Step ?? 0;
        user.TimerStartedAt = state.Timer?.StartedAt;
        user.TimerSeconds = state.Timer?.Seconds ?? 0;
        user.TimerReps = state.Timer?.Reps ?? 0;
        user.NextTimerAt = state.Timer?.NextTickAt;
        user.TimeZoneId = state.TimeZoneId;
        user.ZoneChosen = state.ZoneChosen;
        user.TrainingDays = (int)state.TrainingDays;
        user.SessionCount = state.SessionCount;
        user.LastNonTextHintAt = state.LastNonTextHintAt;
        user.ActiveSessionNumber = state.Session?.Number;
        user.ActiveStartedAt = state.Session?.StartedAt;
        user.ActiveLastActivityAt = state.Session?.LastActivityAt;
        user.ActiveStep = state.Session?.Step ?? 0;
        user.ActiveDone = state.Session?.Done ?? 0;
        user.ActiveSkipped = state.Session?.Skipped ?? 0;
        user.ActiveSkippedSteps = state.Session?.SkippedSteps ?? 0;
        user.LanguageCode = state.LanguageCode;
        user.ReminderMinuteOfDay = (int)state.ReminderTime.ToTimeSpan().TotalMinutes;
        user.HasSchedule = state.HasSchedule;
        user.RemindersPaused = state.RemindersPaused;
        user.SetupStep = (int)state.Setup;
        user.NextNudgeAt = state.NextNudge?.At;
        user.NextNudgeKind = (int?)state.NextNudge?.Kind;
        user.NextNudgeDay = state.NextNudge?.Day;
        user.NudgedDay = state.NudgedDay;
        user.NudgesOnNudgedDay = state.NudgesOnNudgedDay;
        user.LastStartedDay = state.LastStartedDay;
        user.LastCompletedDay = state.LastCompletedDay;
        user.SkippedDay = state.SkippedDay;
        user.UpdatedAt = now;
        user.Version++;
    }
}
