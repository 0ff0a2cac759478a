using System.Collections.Concurrent;

namespace HipKnee.Bot.Delivery;

/// <summary>
/// Decides when the next Bot API call may leave: per chat (pace and group cap) first, then a free
/// in-flight slot, then the global window, granted one caller at a time in arrival order. The grant
/// is recorded at the instant the call leaves, so every limit holds for what Telegram sees.
/// </summary>
public sealed class DeliveryRateLimiter : IDisposable
{
    /// <summary>Enough parallel calls to reach a few thousand per second on loopback, few enough to be polite.</summary>
    public const int MaxInFlight = 32;

    private const int PruneEvery = 4096;
    private readonly RateLimits _limits;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _inFlight = new(MaxInFlight, MaxInFlight);
    private readonly SemaphoreSlim _turnstile = new(1, 1);
    private readonly SlidingWindowLog _global;
    private readonly RateSlowdown _slowdown = new();
    private readonly ConcurrentDictionary<long, ChatAllowance> _chats = new();
    private long _grants;

    public DeliveryRateLimiter(RateLimits limits, TimeProvider time)
    {
        (_limits, _time) = (limits, time);
        _global = new SlidingWindowLog(limits.PerSecond, limits.GlobalWindow);
    }

    /// <summary>
    /// Waits until a call to <paramref name="chatId"/> may leave. Chat messages count against the chat's
    /// limits; every call counts against the global one. Dispose the lease once the call has returned.
    /// </summary>
    public async ValueTask<IDisposable> AcquireAsync(long chatId, bool isChatMessage, CancellationToken ct)
    {
        if (isChatMessage)
        {
            await WaitUntilAsync(now => ChatFor(chatId).TimeUntilFree(now), ct);
        }

        await _inFlight.WaitAsync(ct);
        try
        {
            await _turnstile.WaitAsync(ct);
            try
            {
                await WaitUntilAsync(now => _global.TimeUntilFree(now, EffectiveLimit(now)), ct);
                var at = _time.GetUtcNow();
                _global.Record(at);
                if (isChatMessage)
                {
                    // Only this chat's one courier records for it, so it is still free; pruning also runs here,
                    // so the record always lands in the allowance the next wait will read.
                    ChatFor(chatId).Record(at);
                }

                PruneIdleChatsNowAndThen(at);
            }
            finally
            {
                _turnstile.Release();
            }
        }
        catch
        {
            _inFlight.Release();
            throw;
        }

        return new Lease(_inFlight);
    }

    /// <summary>Telegram answered 429: slow everyone down for a while, not only the chat that was refused.</summary>
    public void ReportRateLimited(TimeSpan retryAfter)
    {
        lock (_slowdown)
        {
            _slowdown.RateLimited(_time.GetUtcNow(), retryAfter);
        }
    }

    public int EffectiveLimit(DateTimeOffset now)
    {
        lock (_slowdown)
        {
            return Math.Max(1, (int)(_limits.PerSecond * _slowdown.FactorAt(now)));
        }
    }

    public void Dispose()
    {
        _inFlight.Dispose();
        _turnstile.Dispose();
    }

    private async Task WaitUntilAsync(Func<DateTimeOffset, TimeSpan> timeUntilFree, CancellationToken ct)
    {
        for (var wait = timeUntilFree(_time.GetUtcNow()); wait > TimeSpan.Zero; wait = timeUntilFree(_time.GetUtcNow()))
        {
            await Task.Delay(wait, _time, ct);
        }
    }

    private ChatAllowance ChatFor(long chatId) =>
        _chats.GetOrAdd(chatId, id => new ChatAllowance(_limits, RateLimits.IsGroupChat(id)));

    /// <summary>Forgets chats whose allowance is full again, so the map does not grow with every chat ever served.</summary>
    private void PruneIdleChatsNowAndThen(DateTimeOffset now)
    {
        if (++_grants % PruneEvery != 0)
        {
            return;
        }

        foreach (var (chatId, chat) in _chats)
        {
            if (chat.IsIdleAt(now))
            {
                _chats.TryRemove(chatId, out _);
            }
        }
    }

    private sealed class Lease(SemaphoreSlim inFlight) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                inFlight.Release();
            }
        }
    }
}
