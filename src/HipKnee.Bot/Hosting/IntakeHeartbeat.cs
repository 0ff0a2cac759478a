namespace HipKnee.Bot.Hosting;

/// <summary>
/// Proof that the update intake is alive: the polling loop (or a standby instance's lease check) and the webhook's
/// inbox processor beat on every pass. Kept on the wall clock: liveness is physical, whatever clock the coach uses.
/// </summary>
public sealed class IntakeHeartbeat(TimeProvider wallClock)
{
    /// <summary>Longer than a long poll plus its HTTP timeout and the longest retry pause.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private long _lastTicks = wallClock.GetUtcNow().UtcTicks;

    public void Beat() => Interlocked.Exchange(ref _lastTicks, wallClock.GetUtcNow().UtcTicks);

    public TimeSpan SinceLastBeat => TimeSpan.FromTicks(wallClock.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastTicks));

    public bool IsAlive => SinceLastBeat < StaleAfter;
}
