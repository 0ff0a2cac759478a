using HipKnee.Bot.RateLimiting;
namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// The global limit, counted over calls rather than grants: a call in flight occupies one of the limit's
/// places, a finished one keeps it for a full window after its answer; at most <paramref name="maxInFlight"/> calls
/// are on their way at once. Thread-safe.
/// </summary>
internal sealed class GlobalWindow(int perSecond, int maxInFlight)
{
    private readonly Lock _gate = new();
    private readonly SlidingWindowLog _finished = new(perSecond, RateLimits.GlobalWindow);
    private readonly SlidingWindowLog _replyStarts = new(perSecond, RateLimits.GlobalWindow);
    private readonly RateSlowdown _slowdown = new();
    private TaskCompletionSource _nextCompletion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;

    /// <summary>
    /// Starts a call when the limit allows it now (wait zero); otherwise returns how long to wait (infinite:
    /// until a call finishes) and a task that completes when the next call finishes.
    /// </summary>
    public (TimeSpan Wait, Task NextCompletion) TryStart(DateTimeOffset now)
    {
        lock (_gate)
        {
            var places = EffectiveLimitLocked(now) - _inFlight;
            var wait = places <= 0 || _inFlight >= maxInFlight ? Timeout.InfiniteTimeSpan : _finished.TimeUntilFree(now, places);
            if (wait == TimeSpan.Zero)
            {
                _inFlight++;
            }

            return (wait, _nextCompletion.Task);
        }
    }

    /// <summary>Notes that a call just started for a reply, for <see cref="RepliesWithinShare"/>.</summary>
    public void RecordReplyStart(DateTimeOffset now)
    {
        lock (_gate)
        {
            _replyStarts.Record(now);
        }
    }

    /// <summary>True while replies started fewer calls in the last window than <paramref name="share"/> of the current limit.</summary>
    public bool RepliesWithinShare(DateTimeOffset now, double share)
    {
        lock (_gate)
        {
            var replyLimit = Math.Max(1, (int)(EffectiveLimitLocked(now) * share));
            return _replyStarts.TimeUntilFree(now, replyLimit) == TimeSpan.Zero;
        }
    }

    public void Complete(DateTimeOffset now)
    {
        TaskCompletionSource completed;
        lock (_gate)
        {
            _inFlight--;
            _finished.Record(now);
            completed = _nextCompletion;
            _nextCompletion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        completed.TrySetResult();
    }

    public void Slowdown(DateTimeOffset now, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _slowdown.RateLimited(now, retryAfter);
        }
    }

    public int EffectiveLimit(DateTimeOffset now)
    {
        lock (_gate)
        {
            return EffectiveLimitLocked(now);
        }
    }

    private int EffectiveLimitLocked(DateTimeOffset now) => Math.Max(1, (int)(perSecond * _slowdown.FactorAt(now)));
}
