using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// Training-day nudges: the reminder, one snooze, one follow-up — never more than two messages a day,
/// none on a day already trained or declined, and none that are over two hours late; after a training day that
/// passed without a session, a catch-up offer on the next rest day of that week.
/// </summary>
internal static class ReminderCoach
{
    public static readonly TimeSpan Grace = TimeSpan.FromHours(2);
    public static readonly TimeSpan FollowUpAfter = TimeSpan.FromHours(3);
    public static readonly TimeSpan SnoozeFor = TimeSpan.FromHours(1);
    private const int MaxMessagesPerDay = 2;

    /// <summary>The past a nudge reads: a catch-up offer checks the missed day's week (<see cref="CatchUpPlanner"/>), never more than eight days back.</summary>
    public static readonly TimeSpan HistoryNeeded = TimeSpan.FromDays(8);
    private const int QuietFromHour = 22;

    public static Decision Due(UserState state, History history, DateTimeOffset now, ICoachTexts texts)
    {
        if (state.NextNudge is not { } nudge || nudge.At > now)
        {
            return Decision.Say(state);
        }

        var day = nudge.Day;
        var sent = state.NudgedDay == day ? state.NudgesOnNudgedDay : 0;
        var settled = state.LastStartedDay == day || state.LastCompletedDay == day || state.SkippedDay == day;
        var moveOn = state with { NextNudge = AfterDay(state, nudge, settled, now, texts) };
        if (now - nudge.At > Grace || settled || sent >= MaxMessagesPerDay)
        {
            return Decision.Say(moveOn);
        }

        var counted = moveOn with { NudgedDay = day, NudgesOnNudgedDay = sent + 1 };
        if (nudge.Kind == NudgeKind.CatchUp)
        {
            return CatchUpPlanner.StillWanted(state, nudge, history, texts.FirstDayOfWeek)
                ? Decision.Say(counted, new TextReply(texts.CatchUp(CatchUpPlanner.MissedDay(state, day), day), Prompts.StartButton(texts)))
                : Decision.Say(moveOn);
        }

        var followUp = nudge.At + FollowUpAfter;
        var canFollowUp = sent == 0 && !IsQuiet(state, followUp, day);
        return nudge.Kind switch
        {
            NudgeKind.Reminder => Decision.Say(
                canFollowUp ? counted with { NextNudge = new Nudge(followUp, NudgeKind.FollowUp, day) } : counted,
                new TextReply(texts.Reminder, ScheduleKeyboards.Reminder(day, canSnooze: sent == 0 && !IsQuiet(state, now + SnoozeFor, day), texts))),
            NudgeKind.Snooze => Decision.Say(counted, new TextReply(texts.Reminder, ScheduleKeyboards.Reminder(day, canSnooze: false, texts))),
            _ => Decision.Say(counted, new TextReply(texts.FollowUp, ScheduleKeyboards.Reminder(day, canSnooze: false, texts))),
        };
    }

    /// <summary>What comes after a training day's last nudge: a catch-up when the day went untrained, else the next reminder.</summary>
    private static Nudge? AfterDay(UserState state, Nudge nudge, bool settled, DateTimeOffset now, ICoachTexts texts)
    {
        var regular = ReminderPlanner.Next(state, now);
        if (settled || nudge.Kind == NudgeKind.CatchUp)
        {
            return regular;
        }

        var catchUp = CatchUpPlanner.After(state, nudge.Day, texts.FirstDayOfWeek, now);
        return catchUp is not null && (regular is null || catchUp.At < regular.At) ? catchUp : regular;
    }

    /// <summary>No nudge late in the evening or after the training day has ended in the user's zone.</summary>
    private static bool IsQuiet(UserState state, DateTimeOffset at, DateOnly day)
    {
        var local = ReminderPlanner.Local(at, state.TimeZoneId);
        return DateOnly.FromDateTime(local.DateTime) != day || local.Hour >= QuietFromHour;
    }

    /// <summary>"In 1 hour" and "Not today".</summary>
    public static Decision Press(UserState state, NudgeButton button, DateTimeOffset now, ICoachTexts texts)
    {
        var (snooze, day) = (button.Snooze, button.Day);
        if (state.NudgedDay != day || state.SkippedDay == day || state.LocalDate(now) != day)
        {
            return Decision.Say(state, new CallbackAnswer(texts.ReminderPassed));
        }

        if (!snooze)
        {
            var skipped = state with { SkippedDay = day, NextNudge = ReminderPlanner.Next(state, now) };
            var nextLocal = skipped.NextNudge is { } next ? ReminderPlanner.Local(next.At, state.TimeZoneId) : (DateTimeOffset?)null;
            return new Decision(skipped, [new CallbackAnswer(null), new TextReply(texts.DaySkipped(nextLocal))], [new TrainingDaySkipped(day, now)]);
        }

        var canSnooze = state.NudgesOnNudgedDay < MaxMessagesPerDay && !IsQuiet(state, now + SnoozeFor, day)
            && state.NextNudge is not { Kind: NudgeKind.Snooze } && state.NudgedDay == day;
        return canSnooze
            ? Decision.Say(state with { NextNudge = new Nudge(now + SnoozeFor, NudgeKind.Snooze, day) }, new CallbackAnswer(null), new TextReply(texts.Snoozed))
            : Decision.Say(state, new CallbackAnswer(texts.SnoozeUsed));
    }
}
