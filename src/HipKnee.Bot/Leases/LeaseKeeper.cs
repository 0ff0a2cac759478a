using HipKnee.Bot.Options;
using HipKnee.Bot.Telegram;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Leases;

/// <summary>
/// Keeps a lease this instance has just taken while its work runs: renews it every <c>Polling:RenewSeconds</c>,
/// stops the work when the lease is lost (or cannot be renewed before it runs out), and releases it at the end.
/// </summary>
public sealed class LeaseKeeper(LeaseStore leases, SecretRedactor redactor, TimeProvider time, IOptions<PollingOptions> options, ILogger<LeaseKeeper> logger)
{
    private string Me => options.Value.InstanceId;
    private TimeSpan Interval => TimeSpan.FromSeconds(options.Value.RenewSeconds);
    private TimeSpan Duration => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Runs <paramref name="work"/> until it returns, the host stops, or the lease is lost.</summary>
    public async Task HoldAsync(string lease, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        using var term = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewUntilLostAsync(lease, term);
        try
        {
            await work(term.Token);
        }
        catch (OperationCanceledException) when (term.IsCancellationRequested)
        {
        }
        finally
        {
            await term.CancelAsync();
            await renewing;
            await ReleaseAsync(lease);
        }
    }

    /// <summary>
    /// How long this instance may still act is counted on its monotonic clock from the start of its last successful
    /// take (a conservative start: the database's expiry counts from a moment after it), never from the wall clock.
    /// </summary>
    private async Task RenewUntilLostAsync(string lease, CancellationTokenSource term)
    {
        var takenAt = time.GetTimestamp();
        var renewal = takenAt;
        try
        {
            while (true)
            {
                renewal = await time.WaitUntilAsync(renewal, Interval, term.Token);
                var attemptAt = time.GetTimestamp();
                try
                {
                    if (await leases.TryTakeAsync(lease, Me, Duration, term.Token))
                    {
                        takenAt = attemptAt;
                        logger.LogDebug("Instance {InstanceId} renewed the {Lease} lease for {Duration}", Me, lease, Duration);
                        continue;
                    }

                    logger.LogWarning("Instance {InstanceId} lost the {Lease} lease to another instance; standing by", Me, lease);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    if (time.GetElapsedTime(takenAt) + Interval < Duration)
                    {
                        logger.LogWarning("Instance {InstanceId} could not renew the {Lease} lease ({Error}); retrying", Me, lease, redactor.Describe(ex));
                        continue;
                    }

                    logger.LogWarning("Instance {InstanceId} could not renew the {Lease} lease before it runs out ({Error}); standing by", Me, lease, redactor.Describe(ex));
                }

                await term.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException) when (term.IsCancellationRequested)
        {
        }
    }

    private async Task ReleaseAsync(string lease)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(lease, Me, timeout.Token);
            logger.LogInformation("Instance {InstanceId} released the {Lease} lease", Me, lease);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Instance {InstanceId} could not release the {Lease} lease ({Error}); it expires on its own", Me, lease, redactor.Describe(ex));
        }
    }
}
