using System.Net;
using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HipKnee.Bot.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_turns_503_when_the_scheduler_shuts_down()
    {
        using var db = new TestDatabase();
        await using var api = await FakeBotApi.StartAsync(BotTestHost.Token);
        await using var host = await BotTestHost.StartAsync(api, db);
        Assert.Equal("Healthy", await HealthProbe.WaitForHealthyAsync(host));

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Shutdown();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var response = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
