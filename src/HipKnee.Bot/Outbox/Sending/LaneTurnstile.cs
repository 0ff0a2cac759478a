namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// Lets one caller at a time wait for the global window, chosen by lane: a waiting reply goes next unless replies
/// already took their share of the last window and bulk is waiting, so bulk keeps at least the rest. Within a lane
/// the oldest message goes first (by outbox id, then arrival), so a fan-out leaves in the order it was due, whatever
/// order its couriers reached the turnstile in. Thread-safe.
/// </summary>
internal sealed class LaneTurnstile(Func<bool> repliesWithinShare)
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<TaskCompletionSource, (long Order, long Arrival)> _replies = new();
    private readonly PriorityQueue<TaskCompletionSource, (long Order, long Arrival)> _bulk = new();
    private long _arrivals;
    private bool _held;

    /// <summary>Completes when the caller holds the turnstile; it must <see cref="Release"/> it.</summary>
    /// <param name="order">Lower goes first within the lane: the message's outbox id.</param>
    public Task EnterAsync(SendLane lane, long order, CancellationToken ct)
    {
        lock (_gate)
        {
            if (!_held)
            {
                _held = true;
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (lane == SendLane.Reply ? _replies : _bulk).Enqueue(waiter, (order, _arrivals++));
            // A cancelled waiter stays queued; Release skips it when its turn comes.
            var registration = ct.Register(() => waiter.TrySetCanceled(ct));
            return waiter.Task.ContinueWith(
                done =>
                {
                    registration.Dispose();
                    return done;
                },
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Unwrap();
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            while (Next() is { } waiter)
            {
                if (waiter.TrySetResult())
                {
                    return;
                }
            }

            _held = false;
        }
    }

    private TaskCompletionSource? Next()
    {
        var replyFirst = _replies.Count > 0 && (_bulk.Count == 0 || repliesWithinShare());
        var queue = replyFirst ? _replies : _bulk.Count > 0 ? _bulk : _replies;
        return queue.TryDequeue(out var waiter, out _) ? waiter : null;
    }
}
