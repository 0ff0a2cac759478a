using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests.Postgres;

public sealed class PostgresSessionTests
{
    private const long Runner = 6006;

    [SkippableFact]
    public async Task A_full_session_on_postgres_walks_through_all_eight_sets_and_stores_instants_in_utc()
    {
        using var db = PostgresTestDatabase.CreateOrSkip();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var host = await BotTestHost.StartAsync(api, db);

        api.EnqueueText(Runner, "/train");
        await api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        for (var set = 1; set <= 8; set++)
        {
            api.EnqueueText(Runner, "done");
            await api.WaitForSentCountAsync(Runner, set + 1, Waits.Long);
        }

        var texts = api.TextsSentTo(Runner);
        Assert.Contains("Set 1 of 8 · Forward lunge, left leg", texts[0]);
        Assert.Contains("Set 8 of 8 · Step-down, right leg", texts[7]);
        Assert.StartsWith("Session complete", texts[8]);
        await using var store = db.Open();
        var session = await store.Sessions.Include(s => s.Sets).SingleAsync(s => s.ChatId == Runner);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], session.Sets.Select(s => s.Step).Order());
        Assert.Equal(TimeSpan.Zero, session.EndedAt!.Value.Offset);
        Assert.True(session.EndedAt >= session.StartedAt);
    }

    [SkippableFact]
    public async Task Health_turns_healthy_once_the_clustered_scheduler_runs_on_postgres()
    {
        using var db = PostgresTestDatabase.CreateOrSkip();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var host = await BotTestHost.StartAsync(api, db);

        Assert.Equal("Healthy", await HealthProbe.WaitForHealthyAsync(host));
    }
}
