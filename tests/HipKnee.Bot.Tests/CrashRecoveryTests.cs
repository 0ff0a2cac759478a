using System.Net;
using System.Net.Sockets;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests;

public sealed class CrashRecoveryTests : FakeApiTest
{
    private const long Runner = 3003;
    [Fact]
    public async Task After_a_kill_mid_session_a_new_process_continues_at_the_next_set_without_losing_or_doubling()
    {
        using (var first = BotProcess.Start(BotTestHost.Arguments(Api, Db)))
        {
            Api.EnqueueText(Runner, "/train");
            for (var set = 1; set <= 3; set++)
            {
                Api.EnqueueText(Runner, "done");
            }

            await Api.WaitForSentCountAsync(Runner, 4, Waits.Long);
            // The fake stamps a message before the bot hears back; a kill in between means that message goes
            // again after the restart (delivery is at least once). This test kills mid-session, not mid-send.
            await WaitUntilNothingPendingAsync();
            first.Kill();
        }

        using var second = BotProcess.Start(BotTestHost.Arguments(Api, Db));
        Api.EnqueueText(Runner, "done");
        await Api.WaitForSentCountAsync(Runner, 5, Waits.Long);

        var texts = Api.TextsSentTo(Runner);
        Assert.Equal(5, texts.Count);
        Assert.Contains("Set 4 of 8", texts[3]);
        Assert.Contains("Set 5 of 8 · Single-leg bridge, left leg", texts[4]);
        await using var db = Db.Open();
        var steps = await db.SetResults.Select(r => r.Step).OrderBy(s => s).ToListAsync();
        Assert.Equal([0, 1, 2, 3], steps);
        Assert.Equal(4, (await db.Users.SingleAsync(u => u.ChatId == Runner)).ActiveStep);
    }

    private async Task WaitUntilNothingPendingAsync()
    {
        using var timeout = new CancellationTokenSource(Waits.Long);
        while (true)
        {
            await using var db = Db.Open();
            if (!await db.Outbox.AnyAsync(m => m.Status == HipKnee.Bot.Outbox.OutboxStatus.Pending, timeout.Token))
            {
                return;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    [Fact]
    public async Task Killing_the_bot_during_a_burst_of_done_messages_never_loses_or_doubles_a_set()
    {
        using (var first = BotProcess.Start(BotTestHost.Arguments(Api, Db)))
        {
            Api.EnqueueText(Runner, "/train");
            await Api.WaitForSentCountAsync(Runner, 1, Waits.Long);
            for (var set = 1; set <= 5; set++)
            {
                Api.EnqueueText(Runner, "done");
            }

            await Api.WaitForSentCountAsync(Runner, 2, Waits.Long);
            first.Kill();
        }

        using var second = BotProcess.Start(BotTestHost.Arguments(Api, Db));
        Api.EnqueueText(Runner, "/train");
        await Api.WaitForCallAsync(c => c.Is("sendMessage") && c.Text!.StartsWith("Picking up", StringComparison.Ordinal), Waits.Long);

        await using var db = Db.Open();
        var steps = await db.SetResults.Select(r => r.Step).OrderBy(s => s).ToListAsync();
        Assert.Equal([0, 1, 2, 3, 4], steps);
        Assert.Contains("Set 6 of 8", Api.TextsSentTo(Runner)[^1]);
    }

    [Fact]
    public async Task Sigterm_shuts_down_cleanly_with_exit_code_0_and_the_next_start_resumes()
    {
        using (var first = BotProcess.Start(BotTestHost.Arguments(Api, Db)))
        {
            Api.EnqueueText(Runner, "/train");
            await Api.WaitForSentCountAsync(Runner, 1, Waits.Long);
            first.Terminate();

            Assert.Equal(0, await first.WaitForExitAsync(Waits.Long));
        }

        using var second = BotProcess.Start(BotTestHost.Arguments(Api, Db));
        Api.EnqueueText(Runner, "done");
        await Api.WaitForSentCountAsync(Runner, 2, Waits.Long);
        Assert.Contains("Set 2 of 8", Api.TextsSentTo(Runner)[1]);
    }

    [Fact]
    public async Task Killing_the_bot_in_webhook_mode_after_acknowledged_posts_loses_and_doubles_nothing()
    {
        var port = FreePort();
        string[] webhook = [.. WebhookPoster.WebhookSettings, $"--Urls=http://127.0.0.1:{port}"];
        using var poster = new WebhookPoster(new Uri($"http://127.0.0.1:{port}"), WebhookPoster.Secret);
        using (var first = BotProcess.Start(BotTestHost.Arguments(Api, Db, webhook)))
        {
            Assert.Equal(HttpStatusCode.OK, await poster.PostWhenUpAsync(WebhookPoster.TextUpdate(1, Runner, "/train")));
            await Api.WaitForSentCountAsync(Runner, 1, Waits.Long);
            for (var update = 2; update <= 6; update++)
            {
                // Acknowledged means stored: whatever happens next, Telegram will not send these again.
                Assert.Equal(HttpStatusCode.OK, await poster.PostAsync(WebhookPoster.TextUpdate(update, Runner, "done")));
            }

            first.Kill();
        }

        using var second = BotProcess.Start(BotTestHost.Arguments(Api, Db, webhook));
        // A redelivery of an update already stored, then a new one.
        Assert.Equal(HttpStatusCode.OK, await poster.PostWhenUpAsync(WebhookPoster.TextUpdate(6, Runner, "done")));
        Assert.Equal(HttpStatusCode.OK, await poster.PostAsync(WebhookPoster.TextUpdate(7, Runner, "done")));
        // Set 7 is the step-down's left side: its prompt is the caption of the exercise picture.
        await Api.WaitForCallAsync(c => c.Is("sendPhoto") && c.ChatId == Runner && c.Text!.Contains("Set 7 of 8", StringComparison.Ordinal), Waits.Long);

        await using var db = Db.Open();
        Assert.Equal([0, 1, 2, 3, 4, 5], await db.SetResults.Select(r => r.Step).OrderBy(s => s).ToListAsync());
        Assert.Equal(0, await db.Inbox.CountAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
