using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>Unhealthy, with the reason, while Telegram refuses the bot token.</summary>
public sealed class BotTokenHealthCheck(BotTokenStatus token) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(token.Problem is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy());
}
