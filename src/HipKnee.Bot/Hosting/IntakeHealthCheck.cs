using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipKnee.Bot.Hosting;

/// <summary>Healthy while the intake loop has beaten within <see cref="IntakeHeartbeat.StaleAfter"/>.</summary>
public sealed class IntakeHealthCheck(IntakeHeartbeat heartbeat) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(heartbeat.IsAlive
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"intake silent for {heartbeat.SinceLastBeat.TotalSeconds:F0} s"));
}
