namespace HipKnee.Bot.Delivery;

/// <summary>
/// Decides when the next Bot API call may leave: per chat (pace and group cap) first, then a free in-flight
/// slot, then the global window, granted one caller at a time in arrival order.
/// A call counts against the limits from the moment it leaves until one window after its answer came back:
/// Telegram received it somewhere in between, so the limits hold where Telegram measures them, whatever
/// the latency of each call.
/// </summary>
public sealed class DeliveryRateLimiter : IDisposable
{
    /// <summary>Enough parallel calls to reach a few thousand per second on loopback, few enough to be polite.</summary>
    public const int MaxInFlight = 32;

    private readonly RateLimits _limits;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots = new(MaxInFlight, MaxInFlight);
    private readonly SemaphoreSlim _turnstile = new(1, 1);
    private readonly GlobalWindow _global;
    private readonly ChatAllowances _chats;

    public DeliveryRateLimiter(RateLimits limits, TimeProvider time)
    {
        (_limits, _time) = (limits, time);
        _global = new GlobalWindow(limits.PerSecond);
        _chats = new ChatAllowances(limits);
    }

    /// <summary>
    /// Waits until a call to <paramref name="chatId"/> may leave. Chat messages count against the chat's
    /// limits; every call counts against the global one. Dispose the lease as soon as the call has returned.
    /// </summary>
    public async ValueTask<IDisposable> AcquireAsync(long chatId, bool isChatMessage, CancellationToken ct)
    {
        if (isChatMessage)
        {
            // Only this chat's one courier sends to it, so once free the chat stays free until its call returns.
            await WaitAsync(now => _chats.For(chatId).TimeUntilFree(now), ct);
        }

        await _slots.WaitAsync(ct);
        try
        {
            await _turnstile.WaitAsync(ct);
            try
            {
                await WaitForGlobalAsync(ct);
            }
            finally
            {
                _turnstile.Release();
            }
        }
        catch
        {
            _slots.Release();
            throw;
        }

        return new Lease(this, isChatMessage ? chatId : null);
    }

    /// <summary>Telegram answered 429: slow everyone down for a while, not only the chat that was refused.</summary>
    public void ReportRateLimited(TimeSpan retryAfter) => _global.Slowdown(_time.GetUtcNow(), retryAfter);

    public int EffectiveLimit(DateTimeOffset now) => _global.EffectiveLimit(now);

    public void Dispose()
    {
        _slots.Dispose();
        _turnstile.Dispose();
    }

    private async Task WaitForGlobalAsync(CancellationToken ct)
    {
        while (true)
        {
            var (wait, completion) = _global.TryStart(_time.GetUtcNow());
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            // A call coming back frees a slot sooner than the clock alone would.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var delay = wait == Timeout.InfiniteTimeSpan ? Task.Delay(Timeout.Infinite, timeout.Token) : Task.Delay(wait, _time, timeout.Token);
            await Task.WhenAny(delay, completion.WaitAsync(ct));
            await timeout.CancelAsync();
            ct.ThrowIfCancellationRequested();
        }
    }

    private async Task WaitAsync(Func<DateTimeOffset, TimeSpan> timeUntilFree, CancellationToken ct)
    {
        for (var wait = timeUntilFree(_time.GetUtcNow()); wait > TimeSpan.Zero; wait = timeUntilFree(_time.GetUtcNow()))
        {
            await Task.Delay(wait, _time, ct);
        }
    }

    private void Complete(long? chatId)
    {
        var now = _time.GetUtcNow();
        _global.Complete(now);
        if (chatId is { } chat)
        {
            _chats.For(chat).Record(now);
        }

        _chats.PruneNowAndThen(now);
        _slots.Release();
    }

    private sealed class Lease(DeliveryRateLimiter limiter, long? chatId) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                limiter.Complete(chatId);
            }
        }
    }
}
