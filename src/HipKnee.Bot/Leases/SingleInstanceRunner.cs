using HipKnee.Bot.Options;
using HipKnee.Bot.Telegram;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Leases;

/// <summary>
/// Runs a piece of work on one instance at a time: the holder of a named lease (kept by <see cref="LeaseKeeper"/>).
/// The other instances stand by and check every <c>Polling:RenewSeconds</c>; they take over at their next check when
/// the holder stops cleanly (it releases the lease), and within <c>Polling:LeaseSeconds</c> when it dies.
/// </summary>
public sealed class SingleInstanceRunner(LeaseStore leases, LeaseKeeper keeper, SecretRedactor redactor, TimeProvider time, IOptions<PollingOptions> options, ILogger<SingleInstanceRunner> logger)
{
    private string Me => options.Value.InstanceId;

    /// <summary>Runs <paramref name="work"/> whenever this instance holds <paramref name="lease"/>, until stopped.</summary>
    /// <param name="work">Must return soon after its token is cancelled: that is how it learns the lease is lost.</param>
    /// <param name="onCheck">Called at every lease check, holder or standby: proof that this instance's loop is alive.</param>
    public async Task RunAsync(string lease, Func<CancellationToken, Task> work, CancellationToken stoppingToken, Action? onCheck = null)
    {
        var interval = TimeSpan.FromSeconds(options.Value.RenewSeconds);
        var check = time.GetTimestamp();
        var standingBy = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                onCheck?.Invoke();
                if (await TryTakeAsync(lease, stoppingToken))
                {
                    logger.LogInformation("Instance {InstanceId} holds the {Lease} lease", Me, lease);
                    standingBy = false;
                    await keeper.HoldAsync(lease, work, stoppingToken);
                    check = time.GetTimestamp();
                }
                else if (!standingBy)
                {
                    standingBy = await LogStandingByAsync(lease, stoppingToken);
                }

                check = await time.WaitUntilAsync(check, interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> TryTakeAsync(string lease, CancellationToken ct)
    {
        try
        {
            var taken = await leases.TryTakeAsync(lease, Me, TimeSpan.FromSeconds(options.Value.LeaseSeconds), ct);
            logger.LogDebug("Instance {InstanceId} checked the {Lease} lease: {Outcome}", Me, lease, taken ? "taken" : "held by another instance");
            return taken;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Instance {InstanceId} could not check the {Lease} lease ({Error}); retrying", Me, lease, redactor.Describe(ex));
            return false;
        }
    }

    /// <summary>Says once who holds the lease; returns false when that could not be read, to say it at the next check.</summary>
    private async Task<bool> LogStandingByAsync(string lease, CancellationToken ct)
    {
        try
        {
            var holder = await leases.FindAsync(lease, ct);
            logger.LogInformation("Instance {InstanceId} stands by: {Lease} is held by {Holder} until {ExpiresAt}", Me, lease, holder?.HolderId, holder?.ExpiresAt);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }
}
