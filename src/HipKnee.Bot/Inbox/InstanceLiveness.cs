using HipKnee.Bot.Leases;
using HipKnee.Bot.Options;
using HipKnee.Bot.Telegram;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Inbox;

/// <summary>
/// This instance's liveness lease on a shared (PostgreSQL) inbox: while it runs, the inbox rows this instance stored
/// are left to it; once it expires any instance may take them (<see cref="InboxSelection"/>). It is renewed by the
/// inbox passes themselves (<see cref="KeepAsync"/>), so it vouches for the loop that handles the rows, not merely for
/// a process that still answers posts. Taken at start, before the first row is stored; released on a clean stop, so
/// rows stored during shutdown are taken over at once.
/// </summary>
public sealed class InstanceLiveness(LeaseStore leases, TimeProvider time, IOptions<PollingOptions> polling, IOptions<DatabaseOptions> database,
    SecretRedactor redactor, ILogger<InstanceLiveness> logger)
    : IHostedService
{
    /// <summary>Every liveness lease's name starts with this (the retention clean-up finds expired ones by it).</summary>
    public const string NamePrefix = "inbox-owner:";

    private long? _renewedAt;

    public string Me => polling.Value.InstanceId;

    /// <summary>Only a PostgreSQL inbox is shared; on SQLite one instance handles it all under a single lease.</summary>
    public bool Shared => database.Value.Provider == DatabaseProvider.Postgres;

    public static string Name(string instanceId) => NamePrefix + instanceId;

    /// <summary>Renews the lease when a renewal is due (every <c>Polling:RenewSeconds</c>); otherwise costs nothing.</summary>
    public async Task KeepAsync(CancellationToken ct)
    {
        if (_renewedAt is { } renewedAt && time.GetElapsedTime(renewedAt) < TimeSpan.FromSeconds(polling.Value.RenewSeconds))
        {
            return;
        }

        var attemptAt = time.GetTimestamp();
        if (!await leases.TryTakeAsync(Name(Me), Me, TimeSpan.FromSeconds(polling.Value.LeaseSeconds), ct))
        {
            // Only this instance's id takes this lease, so another process must be running with the same id.
            logger.LogWarning("The inbox liveness lease of {InstanceId} is held by another process with the same Polling:InstanceId", Me);
        }

        _renewedAt = attemptAt;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Shared)
        {
            return;
        }

        try
        {
            await KeepAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The first inbox pass tries again; until then the rows this instance stores may be taken by another.
            logger.LogWarning("Instance {InstanceId} could not take its inbox liveness lease yet ({Error})", Me, redactor.Describe(ex));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!Shared)
        {
            return;
        }

        try
        {
            await leases.ReleaseAsync(Name(Me), Me, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Instance {InstanceId} could not release its inbox liveness lease ({Error}); it expires on its own", Me, redactor.Describe(ex));
        }
    }
}
