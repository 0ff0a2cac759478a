using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bot.Tests;

public sealed class HandlerFailureTests : FakeApiTest
{
    private const long Broken = 52001, Healthy = 52002, Hiccup = 52003;

    [Fact]
    public async Task A_failing_update_is_retried_then_set_aside_as_a_dead_letter_with_its_json_and_error_without_stopping_anyone_or_half_writing_state()
    {
        var logs = new CapturingLoggerProvider();
        var failures = new FailingSaves(new Dictionary<long, int> { [Broken] = int.MaxValue, [Hiccup] = 1 });
        await using var host = await BotTestHost.StartAsync(Api, Db, logs: logs,
            services: services => services.ConfigureDbContext<SqliteHipKneeDbContext>(options => options.AddInterceptors(failures)));
        var intake = new SettledIntake(Api, Db);

        var brokenUpdate = Api.EnqueueText(Broken, "/train");
        var calls = await intake.SendAsync(
            UpdateFactory.TextUpdate(Hiccup, "/train", Hiccup, "en", 1, DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
            UpdateFactory.TextUpdate(Healthy, "/train", Healthy, "en", 2, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        Assert.DoesNotContain(calls, c => c.ChatId == Broken);
        Assert.Contains("Set 1 of 8", Assert.Single(calls, c => c.ChatId == Healthy).Text);
        Assert.Contains("Set 1 of 8", Assert.Single(calls, c => c.ChatId == Hiccup).Text);
        await using var context = Db.Open();
        Assert.False(await context.Users.AnyAsync(u => u.ChatId == Broken));
        Assert.False(await context.Sessions.AnyAsync(s => s.ChatId == Broken));
        Assert.False(await context.Outbox.AnyAsync(m => m.ChatId == Broken));
        Assert.Equal(1, await context.Sessions.CountAsync(s => s.ChatId == Hiccup));
        Assert.Contains(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains($"Update {brokenUpdate} for chat {Broken} failed 3 times", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains($"for chat {Hiccup} failed on attempt 1", StringComparison.Ordinal));
        var letter = Assert.Single(await context.DeadLetters.ToListAsync());
        Assert.Equal((brokenUpdate, Broken), (letter.UpdateId, letter.ChatId));
        Assert.Contains("\"/train\"", letter.Json);
        Assert.Contains("simulated failure", letter.Error);
        Assert.True(await context.ProcessedUpdates.AnyAsync(p => p.UpdateId == brokenUpdate));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        Assert.Contains("\nhipknee_dead_letters 1\n", await http.GetStringAsync("/metrics"));
    }
}
