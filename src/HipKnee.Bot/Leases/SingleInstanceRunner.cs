using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Leases;

/// <summary>
/// Runs a piece of work on one instance at a time: the holder of a named lease, renewed every
/// <c>Polling:RenewSeconds</c>. The other instances stand by and check as often; they take over at their next
/// check when the holder stops cleanly (it releases the lease), and within <c>Polling:LeaseSeconds</c> when it dies.
/// Checks keep a fixed cadence on <see cref="TimeProvider"/>, so a slow check never pushes the next one later.
/// </summary>
public sealed class SingleInstanceRunner(LeaseStore leases, TimeProvider time, IOptions<PollingOptions> options, ILogger<SingleInstanceRunner> logger)
{
    private string Me => options.Value.InstanceId;
    private TimeSpan Interval => TimeSpan.FromSeconds(options.Value.RenewSeconds);
    private TimeSpan Duration => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Runs <paramref name="work"/> whenever this instance holds <paramref name="lease"/>, until stopped.</summary>
    /// <param name="work">Must return soon after its token is cancelled: that is how it learns the lease is lost.</param>
    public async Task RunAsync(string lease, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        var check = time.GetUtcNow();
        var standingBy = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await TryTakeAsync(lease, stoppingToken))
                {
                    logger.LogInformation("Instance {InstanceId} holds the {Lease} lease", Me, lease);
                    standingBy = false;
                    await HoldAsync(lease, work, stoppingToken);
                    check = time.GetUtcNow();
                }
                else if (!standingBy)
                {
                    standingBy = true;
                    var holder = await leases.FindAsync(lease, stoppingToken);
                    logger.LogInformation("Instance {InstanceId} stands by: {Lease} is held by {Holder} until {ExpiresAt}",
                        Me, lease, holder?.HolderId, holder?.ExpiresAt);
                }

                check = await WaitUntilAsync(check + Interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task HoldAsync(string lease, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
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

    private async Task RenewUntilLostAsync(string lease, CancellationTokenSource term)
    {
        var heldUntil = time.GetUtcNow() + Duration;
        var renewal = time.GetUtcNow();
        try
        {
            while (true)
            {
                renewal = await WaitUntilAsync(renewal + Interval, term.Token);
                try
                {
                    if (await leases.TryTakeAsync(lease, Me, time.GetUtcNow(), Duration, term.Token))
                    {
                        heldUntil = time.GetUtcNow() + Duration;
                        logger.LogDebug("Instance {InstanceId} renewed the {Lease} lease until {ExpiresAt}", Me, lease, heldUntil);
                        continue;
                    }

                    logger.LogWarning("Instance {InstanceId} lost the {Lease} lease to another instance; standing by", Me, lease);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    if (time.GetUtcNow() + Interval < heldUntil)
                    {
                        logger.LogWarning("Instance {InstanceId} could not renew the {Lease} lease ({Error}); retrying", Me, lease, Describe(ex));
                        continue;
                    }

                    logger.LogWarning("Instance {InstanceId} could not renew the {Lease} lease before it runs out ({Error}); standing by", Me, lease, Describe(ex));
                }

                await term.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException) when (term.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> TryTakeAsync(string lease, CancellationToken ct)
    {
        try
        {
            var taken = await leases.TryTakeAsync(lease, Me, time.GetUtcNow(), Duration, ct);
            logger.LogDebug("Instance {InstanceId} checked the {Lease} lease: {Outcome}", Me, lease, taken ? "taken" : "held by another instance");
            return taken;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Instance {InstanceId} could not check the {Lease} lease ({Error}); retrying", Me, lease, Describe(ex));
            return false;
        }
    }

    private async Task ReleaseAsync(string lease)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(lease, Me, time.GetUtcNow(), timeout.Token);
            logger.LogInformation("Instance {InstanceId} released the {Lease} lease", Me, lease);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Instance {InstanceId} could not release the {Lease} lease ({Error}); it expires on its own", Me, lease, Describe(ex));
        }
    }

    /// <summary>Waits for <paramref name="deadline"/>; when it is already past (a clock jump), returns now to restart the cadence.</summary>
    private async Task<DateTimeOffset> WaitUntilAsync(DateTimeOffset deadline, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (deadline <= now)
        {
            return now;
        }

        await Task.Delay(deadline - now, time, ct);
        return deadline;
    }

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
