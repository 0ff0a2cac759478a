using System.Net;
using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

/// <summary>Two webhook instances behind a load balancer, one database: any instance may receive any update.</summary>
public sealed class TwoWebhookHostsTests
{
    private const long Runner = 8008;

    [SkippableTheory]
    [InlineData(TestDatabases.Sqlite)]
    [InlineData(TestDatabases.Postgres)]
    public async Task A_session_whose_updates_alternate_between_two_hosts_records_every_set_exactly_once(string provider)
    {
        using var db = TestDatabases.Create(provider);
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var first = await BotTestHost.StartAsync(api, db, settings: [.. WebhookPoster.WebhookSettings, "--Polling:InstanceId=web-a"]);
        await using var second = await BotTestHost.StartAsync(api, db, settings: [.. WebhookPoster.WebhookSettings, "--Polling:InstanceId=web-b"]);
        using var postA = new WebhookPoster(first, WebhookPoster.Secret);
        using var postB = new WebhookPoster(second, WebhookPoster.Secret);
        WebhookPoster[] hosts = [postA, postB];

        for (var step = 0; step <= 8; step++)
        {
            var update = WebhookPoster.TextUpdate(500 + step, Runner, step == 0 ? "/train" : "done");
            // Telegram may redeliver an update; here the redelivery lands on the other instance.
            Assert.Equal(HttpStatusCode.OK, await hosts[step % 2].PostAsync(update));
            Assert.Equal(HttpStatusCode.OK, await hosts[(step + 1) % 2].PostAsync(update));
            await api.WaitForSentCountAsync(Runner, step + 1, Waits.Long);
        }

        var texts = api.TextsSentTo(Runner);
        Assert.Equal(9, texts.Count);
        Assert.Contains("Set 8 of 8 · Step-down, right leg", texts[7]);
        Assert.StartsWith("Session complete", texts[8]);
        await using var store = db.Open();
        var session = await store.Sessions.Include(s => s.Sets).SingleAsync(s => s.ChatId == Runner);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], session.Sets.Select(s => s.Step).Order());
        Assert.Equal(9, await store.ProcessedUpdates.CountAsync());
    }
}
