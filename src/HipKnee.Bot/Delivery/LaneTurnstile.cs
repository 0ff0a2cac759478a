namespace HipKnee.Bot.Delivery;

/// <summary>
/// Lets one caller at a time wait for the global window, chosen by lane: a waiting reply goes next unless replies
/// already took their share of the last window and bulk is waiting, so bulk keeps at least the rest. Thread-safe.
/// </summary>
internal sealed class LaneTurnstile(Func<bool> repliesWithinShare)
{
    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource> _replies = new();
    private readonly Queue<TaskCompletionSource> _bulk = new();
    private bool _held;

    /// <summary>Completes when the caller holds the turnstile; it must <see cref="Release"/> it.</summary>
    public Task EnterAsync(SendLane lane, CancellationToken ct)
    {
        lock (_gate)
        {
            if (!_held)
            {
                _held = true;
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (lane == SendLane.Reply ? _replies : _bulk).Enqueue(waiter);
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
        return queue.TryDequeue(out var waiter) ? waiter : null;
    }
}
