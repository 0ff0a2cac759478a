using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HipKnee.Bot.Inbox;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests;

/// <summary>
/// Issue 14 item 2: a database outage is not a failure. Answers sent while the database is away are applied once, in
/// order, once it is back; nothing is confirmed, dropped or set aside meanwhile, and /health says unhealthy.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const long Runner = 54001;

    /// <summary>How long the database is away, as in the issue's measurement.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(15);
    private static readonly Regex SetHeader = new(@"Set (\d) of 8");

    [SkippableTheory]
    [InlineData(TestDatabases.Sqlite)]
    [InlineData(TestDatabases.Postgres)]
    public async Task Answers_sent_while_the_database_is_away_for_15_s_are_each_applied_once_in_order_after_it_is_back(string provider)
    {
        await using var blackout = DatabaseBlackout.Create(provider);
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var host = await BotTestHost.StartAsync(api, blackout.Database);
        await using var ending = blackout.EndsBeforeTheHostStops();
        api.EnqueueText(Runner, "/train");
        api.EnqueueText(Runner, "done");
        await api.WaitForSentCountAsync(Runner, 2, Waits.Long);
        await AllSentAsync(blackout);

        var away = Stopwatch.StartNew();
        await blackout.BeginAsync();
        var answers = Enumerable.Range(0, 3).Select(_ => api.EnqueueText(Runner, "done")).ToList();
        var outage = host.Services.GetRequiredService<DatabaseOutage>();
        // On SQLite the bot's writers queue for the file one at a time, each waiting out SQLite's 10 s busy timeout,
        // so the update's own attempt may come after a few others have met the lock.
        using (var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            while (!outage.IsOngoing)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
            }
        }

        Assert.StartsWith("Unhealthy", await HealthAsync(host));
        await Task.Delay(Outage - away.Elapsed is { Ticks: > 0 } left ? left : TimeSpan.Zero);
        Assert.True(api.LastOffset <= answers[0], "the offset of an answer not yet applied was confirmed");
        await blackout.EndAsync();

        await Waits.UntilAsync(() => api.LastOffset > answers[^1], "the answers' offset to be confirmed once they are applied");
        Assert.Equal("Healthy", await HealthProbe.WaitForHealthyAsync(host));
        await using var db = blackout.Database.Open();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.ChatId == Runner);
        Assert.Equal(4, user.ActiveStep);
        Assert.Equal(4, await db.SetResults.CountAsync(r => r.Session!.ChatId == Runner));
        Assert.True(await db.ProcessedUpdates.CountAsync(p => answers.Contains(p.UpdateId)) == 3, "each answer is handled once");
        // The replies, committed with the answers, in order (sending them is the sender's, issue 14 items 1 and 3).
        var replies = await db.Outbox.AsNoTracking().Where(m => m.ChatId == Runner).OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
        Assert.Equal(5, replies.Count);
        Assert.Contains("Set 3 of 8", replies[2]);
        Assert.Contains("Set 4 of 8", replies[3]);
        Assert.Contains("Set 5 of 8", replies[4]);
        Assert.Empty(await db.DeadLetters.ToListAsync());
        await api.WaitForSentCountAsync(Runner, 5, Waits.Long);
        Assert.Equal(replies.Select(text => text!), api.TextsSentTo(Runner));
    }

    [SkippableFact]
    public async Task On_the_webhook_a_postgres_outage_answers_500_only_for_what_could_not_be_stored_and_every_stored_update_is_handled_after()
    {
        await using var blackout = DatabaseBlackout.Create(TestDatabases.Postgres);
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var host = await BotTestHost.StartAsync(api, blackout.Database, settings: WebhookPoster.WebhookSettings);
        await using var ending = blackout.EndsBeforeTheHostStops();
        using var poster = new WebhookPoster(host, WebhookPoster.Secret);
        Assert.Equal(HttpStatusCode.OK, await poster.PostAsync(WebhookPoster.TextUpdate(1, Runner, "/train")));
        await AllSentAsync(blackout);

        var away = Stopwatch.StartNew();
        await blackout.BeginAsync();
        // Stored by another instance just before the outage reached this one.
        await using (var other = blackout.Database.Open())
        {
            other.Inbox.AddRange(
                new InboxUpdate { UpdateId = 2, ChatId = Runner, Json = WebhookPoster.TextUpdate(2, Runner, "done"), ReceivedAt = DateTimeOffset.UtcNow },
                new InboxUpdate { UpdateId = 3, ChatId = Runner, Json = WebhookPoster.TextUpdate(3, Runner, "done"), ReceivedAt = DateTimeOffset.UtcNow });
            await other.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.InternalServerError, await poster.PostAsync(WebhookPoster.TextUpdate(4, Runner, "done")));
        var outage = host.Services.GetRequiredService<DatabaseOutage>();
        await Waits.UntilAsync(() => outage.IsOngoing, "the inbox to meet the outage");
        Assert.StartsWith("Unhealthy", await HealthAsync(host));
        await Task.Delay(Outage - away.Elapsed is { Ticks: > 0 } left ? left : TimeSpan.Zero);
        await blackout.EndAsync();
        // Telegram delivers again what was answered 500.
        Assert.Equal(HttpStatusCode.OK, await poster.PostWhenUpAsync(WebhookPoster.TextUpdate(4, Runner, "done")));

        await api.WaitForSentCountAsync(Runner, 4, Waits.Long);
        await using var db = blackout.Database.Open();
        await Waits.UntilAsync(async () => !await db.Inbox.AnyAsync(), "an empty inbox");
        // Each set once, in order (the first comes below the red-flag list, with its picture).
        var sets = api.TextsSentTo(Runner).Select(text => SetHeader.Match(text ?? "")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal([1, 2, 3, 4], sets);
        Assert.Equal(3, (await db.Users.AsNoTracking().SingleAsync(u => u.ChatId == Runner)).ActiveStep);
        Assert.Empty(await db.DeadLetters.ToListAsync());
    }

    /// <summary>
    /// Every reply so far sent and recorded before the outage begins: one still on its way when the database goes is
    /// rightly sent again after it (delivery is at least once), and these tests count each set once.
    /// </summary>
    private static async Task AllSentAsync(DatabaseBlackout blackout)
    {
        await using var db = blackout.Database.Open();
        await Waits.UntilAsync(
            async () => !await db.Outbox.AnyAsync(m => m.ChatId == Runner && m.Status == OutboxStatus.Pending),
            "the replies so far to be sent");
    }

    /// <summary>
    /// One /health answer. Patient: on SQLite the database check queues for the file behind writers that each wait
    /// out SQLite's 10 s busy timeout (a probe with a short timeout counts that as unhealthy, which it is).
    /// </summary>
    private static async Task<string> HealthAsync(BotTestHost host)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        return await (await http.GetAsync("/health")).Content.ReadAsStringAsync();
    }
}
