using System.Diagnostics;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// Spaces out the sender's walk over a fan-out's pending rows: every pass looks for due replies (an indexed walk of the
/// few pending ones), but bulk is refilled at most every <see cref="Gap"/>, as the couriers already started hold
/// seconds of work. Every database access takes its turn on SQLite (SqliteTurns), so fewer walks leave more turns for
/// the runners' own updates (the fanout benchmark's reply latency). Kept on the wall clock; one caller (the sender loop).
/// </summary>
internal sealed class BulkRefills
{
    public static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(200);

    private long _last;

    /// <summary>Null when a refill may run now (and it is counted as run); otherwise how long until one may.</summary>
    public TimeSpan? TimeUntilNext()
    {
        var since = _last == 0 ? Gap : Stopwatch.GetElapsedTime(_last);
        if (since < Gap)
        {
            return Gap - since;
        }

        _last = Stopwatch.GetTimestamp();
        return null;
    }
}
