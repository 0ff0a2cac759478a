using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>A short, concrete plan for each thing that can get in the way of three sessions a week.</summary>
internal static class BarrierPlans
{
    private static readonly TimeOnly[] LaterTimes = [new(12, 30), new(17, 30), new(18, 30), new(19, 30), new(20, 30)];

    public static Decision For(UserState state, WeekBarrier barrier, DateTimeOffset now, ICoachTexts texts, History history) => barrier switch
    {
        WeekBarrier.NoTime => Plan(state, texts.NoTimePlan, [[new(texts.StartLabel, CallbackData.Train)]]),
        WeekBarrier.KneePain => Plan(state, texts.KneePainPlan + "\n\n" + texts.EffortVersusJointPain,
            [[new(texts.AllBeginnerLabel, ProgressButtons.Level(null, 0))]]),
        WeekBarrier.Forgot => Plan(state, texts.ForgotPlan, [LaterTimes.Select(time => new ReplyButton(texts.Clock(time), ProgressButtons.ReminderTime(time))).ToArray()]),
        WeekBarrier.TravelOrIll => Plan(state, texts.TravelOrIllPlan, [[new(texts.PauseLabel, ProgressButtons.Pause)]]),
        WeekBarrier.NotSure => Plan(state, texts.NotSurePlan, [[new(texts.StartLabel, CallbackData.Train)], [new(texts.AllBeginnerLabel, ProgressButtons.Level(null, 0))]]),
        WeekBarrier.NoResults => Plan(state, NoResults(state, history, now, texts), [[new(texts.StartLabel, CallbackData.Train)]]),
        _ => Plan(state, texts.OtherBarrierPlan, [[new(texts.StartLabel, CallbackData.Train)]]),
    };

    /// <summary>A later reminder time, keeping the days and zone; without a schedule it starts the schedule questions.</summary>
    public static Decision MoveReminder(UserState state, TimeOnly time, DateTimeOffset now, ICoachTexts texts)
    {
        if (!state.HasSchedule)
        {
            return ScheduleSetup.AskDays(state with { ReminderTime = time }, texts);
        }

        var next = state with { ReminderTime = time, RemindersPaused = false };
        return Decision.Say(next, new TextReply(texts.ScheduleSaved(next.TrainingDays, time, next.TimeZoneId, ReminderPlanner.NextLocal(next, now))));
    }

    public static Decision Pause(UserState state, ICoachTexts texts) => state.HasSchedule
        ? Decision.Say(state with { RemindersPaused = true }, new TextReply(texts.Paused))
        : Decision.Say(state, new TextReply(texts.NoRemindersToPause));

    /// <summary>Improvement takes 6–8 weeks of regular sessions (JOSPT 2019 CPG); the user's own numbers say where they are.</summary>
    private static string NoResults(UserState state, History history, DateTimeOffset now, ICoachTexts texts)
    {
        var report = ProgressReport.Of(history, now, state.TimeZoneId, texts.FirstDayOfWeek, state.TrainingDays);
        return texts.NoResultsPlan(report.Completed, report.PainTrend);
    }

    private static Decision Plan(UserState state, string text, IReadOnlyList<IReadOnlyList<ReplyButton>> buttons) =>
        Decision.Say(state, new TextReply(text, buttons));
}
