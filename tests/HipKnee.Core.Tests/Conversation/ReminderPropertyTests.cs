using CsCheck;
using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>
/// Random conversations mixing schedule commands and buttons, reminder buttons, sessions and calls from the
/// reminder scan, starting anywhere in 2026–2028 (often near a clock change), never break the reminder rules.
/// </summary>
public sealed class ReminderPropertyTests
{
    private static readonly Gen<DateTimeOffset> Starts = Gen.Frequency(
        (1, Gen.Int[0, 3 * 365 * 24 * 60].Select(minutes => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes))),
        (2, Gen.Select(Gen.OneOfConst(ClockChanges.All), Gen.Int[-4 * 24 * 60, 24 * 60], (change, minutes) => change.AddMinutes(minutes))));

    private static readonly Gen<int> SecondsLater = Gen.Frequency(
        (6, Gen.Int[0, 600]),
        (3, Gen.Int[0, 4 * 60 * 60]),
        (1, Gen.Int[0, 2 * 24 * 60 * 60]));

    private static readonly Gen<(DateTimeOffset Start, string Zone, (ChatMove Move, int Seconds)[] Beats)> Conversations =
        Gen.Select(Starts, Gen.OneOfConst(ClockChanges.Zones), Gen.Select(ChatMove.Any, SecondsLater).Array[0, 80]);

    [Fact]
    public void Any_conversation_with_reminders_keeps_the_state_valid_and_the_plan_ahead() =>
        Conversations.Sample(conversation => Play(conversation.Start, conversation.Zone, conversation.Beats), iter: 3_000);

    private static void Play(DateTimeOffset start, string zone, (ChatMove Move, int Seconds)[] beats)
    {
        var state = new UserState(ChatId: 1) { TimeZoneId = zone };
        var now = start;
        var messagesPerDay = new Dictionary<DateOnly, int>();
        foreach (var (move, seconds) in beats)
        {
            now = move.When(state, now + TimeSpan.FromSeconds(seconds));
            var input = move.ToInput(state, now);

            var decision = Coach.Decide(state, input, now);
            var next = decision.Next;

            var before = state;
            string Context() => $"after {input} at {now:u} from {before} to {next}";
            Check(next.IsValid, Context);
            Check((next.NextNudge is null) == (!next.HasSchedule || next.RemindersPaused), Context);
            Assert.Equal(input is ButtonInput ? 1 : 0, decision.Replies.OfType<CallbackAnswer>().Count());
            if (input is ReminderDueInput || ReminderPlanner.ScheduleDiffers(state, next))
            {
                Check(next.NextNudge is null || next.NextNudge.At > now, Context);
            }

            if (input is ReminderDueInput)
            {
                CheckDue(state, decision, now, messagesPerDay, Context);
            }

            foreach (var recorded in decision.Events)
            {
                Assert.Equal(now, recorded.At);
                if (recorded is TrainingDaySkipped skipped)
                {
                    Assert.IsType<NudgeButton>(input);
                    Assert.Equal(skipped.Day, next.SkippedDay);
                }
                else
                {
                    Assert.InRange(recorded.SessionNumber, 1, next.SessionCount);
                }
            }

            if (next.TimeZoneId != state.TimeZoneId)
            {
                // A training day is a date on the user's clock; after a move to another zone the count starts afresh.
                messagesPerDay.Clear();
            }

            state = next;
        }
    }

    /// <summary>The scan's call: no session change, no events, and a message only when one is owed.</summary>
    private static void CheckDue(UserState before, Decision decision, DateTimeOffset now, Dictionary<DateOnly, int> messagesPerDay, Func<string> context)
    {
        Assert.Empty(decision.Events);
        Assert.Equal(before.Session, decision.Next.Session);
        Assert.Equal(before.SessionCount, decision.Next.SessionCount);
        if (before.NextNudge is { } waiting && waiting.At > now)
        {
            Assert.Equal(before, decision.Next);
        }

        var sent = decision.TextReplies();
        Assert.InRange(sent.Count, 0, 1);
        if (sent.Count == 0)
        {
            return;
        }

        var nudge = before.NextNudge!;
        Assert.InRange(now - nudge.At, TimeSpan.Zero, TimeSpan.FromHours(2));
        Assert.NotEqual(nudge.Day, before.LastStartedDay);
        Assert.NotEqual(nudge.Day, before.LastCompletedDay);
        Assert.NotEqual(nudge.Day, before.SkippedDay);
        messagesPerDay[nudge.Day] = messagesPerDay.GetValueOrDefault(nudge.Day) + 1;
        Check(messagesPerDay[nudge.Day] <= 2, context);
        var snoozeOffered = decision.ButtonData().Any(data => CallbackData.Parse(data) is NudgeButton { Snooze: true });
        // Snooze only on a day's first reminder, and not when an hour later would be late evening.
        Assert.True(!snoozeOffered || (nudge.Kind == NudgeKind.Reminder && messagesPerDay[nudge.Day] == 1));
    }

    /// <summary>Like Assert.True, but describes the step only when it fails (records print slowly).</summary>
    private static void Check(bool holds, Func<string> context)
    {
        if (!holds)
        {
            Assert.Fail(context());
        }
    }
}
