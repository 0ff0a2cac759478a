using HipKnee.Bot.Persistence;
using HipKnee.Bot.Privacy;
using HipKnee.Bot.Scheduling;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

/// <summary>The replies that are not plain messages: the chart picture, the export files and the countdown edits.</summary>
public sealed class FilesAndTimersTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Stats_send_the_chart_as_a_photo()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.TrainFullyAsync(ReminderScenario.Runner);

        await scenario.SayAsync("/stats");

        var photo = await scenario.Api.WaitForCallAsync(c => c.Is("sendPhoto") && Attached(c, "photo")?.Contains("progress.png", StringComparison.Ordinal) == true, Waits.Long);
        Assert.Equal(ReminderScenario.Runner, photo.ChatId);
        Assert.Matches(@"^<file:progress\.png:\d{5,} bytes>$", Attached(photo, "photo"));
    }

    [Fact]
    public async Task Export_sends_a_json_and_a_csv_document_with_the_users_data()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.TrainFullyAsync(ReminderScenario.Runner);

        scenario.Api.EnqueueText(ReminderScenario.Runner, "/export");

        await scenario.Api.WaitForCallAsync(_ => scenario.Api.CallsTo("sendDocument").Count(c => !c.Failed) == 2, Waits.Long);
        var documents = scenario.Api.CallsTo("sendDocument");
        Assert.Matches(@"^<file:hipknee-20260105\.json:\d+ bytes>$", Attached(documents[0], "document"));
        Assert.Contains("CSV", documents[0].GetString("caption"));
        Assert.Matches(@"^<file:hipknee-20260105\.csv:\d+ bytes>$", Attached(documents[1], "document"));
        // The outbox keeps no copy once sent: the CSV is written again from the same rows, and the upload's size must
        // be exactly that text plus the UTF-8 byte-order mark spreadsheet programs need.
        await using var db = scenario.OpenDatabase();
        var export = await ExportData.LoadAsync(db, ReminderScenario.Runner, scenario.Time.GetUtcNow(), CancellationToken.None);
        var csv = ExportCsv.Write(export);
        Assert.Contains("set,1,,,,8,StepDown,Right,Done,", csv);
        var withMark = System.Text.Encoding.UTF8.GetPreamble().Length + System.Text.Encoding.UTF8.GetByteCount(csv);
        Assert.Equal($"<file:hipknee-20260105.csv:{withMark} bytes>", Attached(documents[1], "document"));
    }

    [Fact]
    public async Task A_hold_timer_edits_its_own_message_a_bounded_number_of_times_then_says_times_up()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.TrainToSidePlankAsync();
        var before = scenario.Api.TextsSentTo(ReminderScenario.Runner).Count;

        await scenario.PressAsync("tm:1:2");
        await scenario.Api.WaitForSentCountAsync(ReminderScenario.Runner, before + 1, Waits.Long);
        var countdown = scenario.Api.Calls.Last(c => c.Is("sendMessage") && c.Text == "⏱ 20 s: hold it!");
        var messageId = await SentMessageIdAsync(scenario, "timer:1:2");
        for (var second = 1; second <= 25; second++)
        {
            await scenario.TimerScanAtAsync(countdown.At.AddSeconds(second));
        }

        await scenario.Api.WaitForCallAsync(c => c.Text?.StartsWith("Time's up!", StringComparison.Ordinal) == true, Waits.Long);
        var edits = scenario.Api.CallsTo("editMessageText");
        Assert.Equal(["⏱ 10 s left: keep holding", "⏱ 5 s left: keep holding", "⏱ 20 s done ✅"], edits.Select(e => e.Text));
        Assert.All(edits, edit => Assert.Equal(messageId, edit.GetLong("message_id")));
        Assert.Null((await scenario.UserAsync()).NextTimerAt);
    }

    [Fact]
    public async Task A_timer_stopped_by_done_never_edits_and_survives_no_restart()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.TrainToSidePlankAsync();
        await scenario.PressAsync("tm:1:2");
        await scenario.SayAsync("done");
        await scenario.StopHostAsync();
        await scenario.StartHostAsync();

        Assert.Equal(0, await scenario.TimerScanAtAsync(scenario.Time.GetUtcNow().AddSeconds(30)));

        Assert.Empty(scenario.Api.CallsTo("editMessageText"));
        Assert.DoesNotContain(scenario.Api.TextsSentTo(ReminderScenario.Runner), text => text.StartsWith("Time's up!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_running_timer_survives_a_restart()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.TrainToSidePlankAsync();
        await scenario.PressAsync("tm:1:2");
        var started = scenario.Time.GetUtcNow();
        await scenario.Api.WaitForCallAsync(c => c.Text == "⏱ 20 s: hold it!", Waits.Long);
        await scenario.StopHostAsync();
        await scenario.StartHostAsync();

        Assert.Equal(1, await scenario.TimerScanAtAsync(started.AddSeconds(20)));

        await scenario.Api.WaitForCallAsync(c => c.Text?.StartsWith("Time's up!", StringComparison.Ordinal) == true, Waits.Long);
    }

    /// <summary>The uploaded file a field points to (Telegram.Bot sends "attach://name" and the file as part "name").</summary>
    private static string? Attached(HipKnee.Testing.Fakes.RecordedCall call, string field) =>
        call.GetString(field) is { } value && value.StartsWith("attach://", StringComparison.Ordinal) ? call.GetString(value["attach://".Length..]) : null;

    private static async Task<long> SentMessageIdAsync(ReminderScenario scenario, string tag)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = scenario.OpenDatabase();
            if (await db.Outbox.Where(m => m.Tag == tag && m.TelegramMessageId != null).Select(m => m.TelegramMessageId).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }

            Assert.True(attempt < 300, "the countdown message was never marked sent");
            await Task.Delay(100);
        }
    }
}
