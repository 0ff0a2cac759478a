namespace HipKnee.Bot.Leases;

/// <summary>
/// Waits on a fixed cadence measured on the monotonic clock (<see cref="TimeProvider.GetTimestamp"/>): a slow step
/// never pushes the next one later, and a step of the wall clock (NTP, an operator) changes nothing.
/// </summary>
internal static class Cadence
{
    /// <summary>
    /// Waits until <paramref name="interval"/> after the timestamp <paramref name="from"/>; returns the timestamp the
    /// next interval counts from (now, when the deadline had already passed).
    /// </summary>
    public static async Task<long> WaitUntilAsync(this TimeProvider time, long from, TimeSpan interval, CancellationToken ct)
    {
        var left = interval - time.GetElapsedTime(from);
        if (left <= TimeSpan.Zero)
        {
            return time.GetTimestamp();
        }

        await Task.Delay(left, time, ct);
        return from + (long)(interval.Ticks * (double)time.TimestampFrequency / TimeSpan.TicksPerSecond);
    }
}
