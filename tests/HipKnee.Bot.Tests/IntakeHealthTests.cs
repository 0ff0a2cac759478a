using HipKnee.Bot.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace HipKnee.Bot.Tests;

public sealed class IntakeHealthTests
{
    [Fact]
    public async Task Intake_is_unhealthy_once_its_loop_has_been_silent_for_two_minutes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var heartbeat = new IntakeHeartbeat(clock);
        var check = new IntakeHealthCheck(heartbeat);

        clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        heartbeat.Beat();
        clock.Advance(IntakeHeartbeat.StaleAfter + TimeSpan.FromSeconds(1));
        var silent = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, silent.Status);
        Assert.Equal("intake silent for 121 s", silent.Description);
    }
}
