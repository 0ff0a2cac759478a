using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>Replies against a reminder fan-out queued ahead of them, through the real sender; order read from the fake's log.</summary>
public sealed class LaneTests : FakeApiTest
{
    private const long FirstDue = 71001;
    private const int Due = 60;

    /// <summary>A global cap low enough that the fan-out lasts many seconds, so a reply written meanwhile has it ahead.</summary>
    private static readonly string[] SlowFanout = ["--Telegram:MaxMessagesPerSecond=4"];

    [Fact]
    public async Task A_runner_who_writes_during_a_fanout_is_answered_before_it_ends_their_own_reminder_right_before_the_answer()
    {
        const long idle = 71900, dueRunner = FirstDue + 40;
        await OutboxSeed.AddRemindersAsync(Db, Enumerable.Range(0, Due).Select(i => FirstDue + i));
        await using var host = await BotTestHost.StartAsync(Api, Db, settings: SlowFanout);
        await Api.WaitForCallAsync(c => c.Is("sendMessage") && !c.Failed && IsReminder(c), Waits.Long);

        Api.EnqueueText(idle, "/help");
        Api.EnqueueText(dueRunner, "/help");
        await Api.WaitForSentCountAsync(idle, 1, Waits.Long);
        await Api.WaitForSentCountAsync(dueRunner, 2, Waits.Long);
        await Waits.UntilAsync(() => Api.CallsTo("sendMessage").Count(c => !c.Failed && IsReminder(c)) == Due, "the whole fan-out sent");

        var sends = Api.Calls.Where(c => c.Is("sendMessage") && !c.Failed).ToList();
        var lastReminder = sends.FindLastIndex(IsReminder);
        Assert.True(sends.FindIndex(c => c.ChatId == idle) < lastReminder, "the idle runner's answer came after the whole fan-out");
        var toDueRunner = sends.Where(c => c.ChatId == dueRunner).ToList();
        Assert.Equal(2, toDueRunner.Count);
        Assert.True(IsReminder(toDueRunner[0]), "the runner's own queued reminder goes right before the answer");
        Assert.False(IsReminder(toDueRunner[1]));
        Assert.True(sends.IndexOf(toDueRunner[1]) < lastReminder, "the due runner's answer came after the whole fan-out");
        Assert.All(Enumerable.Range(0, Due), i => Assert.Single(sends, c => c.ChatId == FirstDue + i && IsReminder(c)));
    }

    [Fact]
    public async Task A_queued_reminder_that_no_longer_fits_before_the_answer_is_dropped_and_the_answers_keep_their_order()
    {
        const long runner = FirstDue + 50;
        await OutboxSeed.AddRemindersAsync(Db, Enumerable.Range(0, Due).Select(i => FirstDue + i));
        // One message per chat at a time: a reminder and an answer can never both go at once.
        await using (await BotTestHost.StartAsync(Api, Db, settings: [.. SlowFanout, "--Telegram:MaxMessagesPerChatPerSecond=1", "--Telegram:ChatBurst=1"]))
        {
            await Api.WaitForCallAsync(c => c.Is("sendMessage") && !c.Failed && IsReminder(c), Waits.Long);
            Api.EnqueueText(runner, "/help");
            Api.EnqueueText(runner, "/pain 2");
            await Api.WaitForSentCountAsync(runner, 2, Waits.Long);
        }

        var rows = await OutboxSeed.RowsAsync(Db, runner);
        var reminder = Assert.Single(rows, r => r.Topic == OutboxTopic.Reminder);
        Assert.Equal(OutboxStatus.Dropped, reminder.Status);
        Assert.Contains("superseded", reminder.Error);
        var answers = Api.TextsSentTo(runner);
        Assert.DoesNotContain(answers, text => text.StartsWith("It's training day", StringComparison.Ordinal));
        Assert.True(rows.Where(r => r.Topic == OutboxTopic.Reply && r.Status == OutboxStatus.Sent).OrderBy(r => r.Id).Select(r => r.Text).SequenceEqual(answers),
            $"sent: {string.Join(" | ", answers)}; rows: {string.Join(" | ", rows.Select(r => $"{r.Id} {r.Topic} {r.Status} {r.Text}"))}");
    }

    private static bool IsReminder(RecordedCall call) => call.Text?.StartsWith("It's training day", StringComparison.Ordinal) == true;
}
