namespace HipKnee.Bot.Leases;

/// <summary>Waits on a fixed cadence: a slow step never pushes the next one later, and a clock jump restarts it.</summary>
internal static class Cadence
{
    /// <summary>Waits for <paramref name="deadline"/>; when it is already past (a clock jump), returns now to restart the cadence.</summary>
    public static async Task<DateTimeOffset> WaitUntilAsync(this TimeProvider time, DateTimeOffset deadline, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (deadline <= now)
        {
            return now;
        }

        await Task.Delay(deadline - now, time, ct);
        return deadline;
    }
}
