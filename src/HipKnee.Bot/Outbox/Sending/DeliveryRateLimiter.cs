namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// Decides when the next Bot API call may leave: per chat (pace, group cap, a 429 pause) first, then the global
/// window, granted one caller at a time by lane (<see cref="LaneTurnstile"/>): replies first, up to
/// <see cref="ReplyShare"/> of the rate while bulk waits. With paid broadcasts on, bulk has a window of its own.
/// A call counts against the limits from the moment it leaves until one window after its answer came back:
/// Telegram received it somewhere in between, so the limits hold where Telegram measures them, whatever
/// the latency of each call.
/// </summary>
public sealed class DeliveryRateLimiter
{
    /// <summary>Enough parallel calls to reach a few thousand per second on loopback, few enough to be polite.</summary>
    public const int MaxInFlight = 32;

    /// <summary>Replies may take this much of the global rate when bulk is waiting too; bulk keeps the rest.</summary>
    public const double ReplyShare = 0.8;

    private readonly TimeProvider _time;
    private readonly Lane _free;
    private readonly Lane? _paid;
    private readonly ChatAllowances _chats;
    private readonly RefusingChats _refusing = new();

    public DeliveryRateLimiter(RateLimits limits, TimeProvider time)
    {
        _time = time;
        var free = new GlobalWindow(limits.PerSecond, MaxInFlight);
        _free = new Lane(free, new LaneTurnstile(() => free.RepliesWithinShare(_time.GetUtcNow(), ReplyShare)));
        if (limits.PaidPerSecond is { } paid)
        {
            var window = new GlobalWindow(paid, MaxInFlight);
            _paid = new Lane(window, new LaneTurnstile(() => true));
        }

        _chats = new ChatAllowances(limits);
    }

    /// <inheritdoc cref="AcquireAsync(long, bool, SendLane, long, CancellationToken)"/>
    public ValueTask<IDisposable> AcquireAsync(long chatId, bool isChatMessage, CancellationToken ct) =>
        AcquireAsync(chatId, isChatMessage, SendLane.Reply, 0, ct);

    /// <inheritdoc cref="AcquireAsync(long, bool, SendLane, long, CancellationToken)"/>
    public ValueTask<IDisposable> AcquireAsync(long chatId, bool isChatMessage, SendLane lane, CancellationToken ct) =>
        AcquireAsync(chatId, isChatMessage, lane, 0, ct);

    /// <summary>
    /// Waits until a call to <paramref name="chatId"/> may leave. Chat messages count against the chat's
    /// limits; every call counts against the global one. Dispose the lease as soon as the call has returned.
    /// </summary>
    /// <param name="order">Within its lane, lower goes first: the message's outbox id.</param>
    public async ValueTask<IDisposable> AcquireAsync(long chatId, bool isChatMessage, SendLane lane, long order, CancellationToken ct)
    {
        // A 429 pause holds every call to the chat; pace and group cap only what appears as a new message.
        await WaitAsync(now => _chats.For(chatId).TimeUntilFree(now, isChatMessage ? 1 : 0), ct);
        var through = lane == SendLane.Bulk && _paid is not null ? _paid : _free;
        await through.Turnstile.EnterAsync(lane, order, ct);
        try
        {
            await WaitForWindowAsync(through.Window, ct);
            if (lane == SendLane.Reply)
            {
                through.Window.RecordReplyStart(_time.GetUtcNow());
            }
        }
        finally
        {
            through.Turnstile.Release();
        }

        return new Lease(this, through.Window, isChatMessage ? chatId : null);
    }

    /// <summary>True when <paramref name="count"/> messages may go to the chat right now, back to back.</summary>
    public bool ChatHasRoomFor(long chatId, int count) => _chats.For(chatId).TimeUntilFree(_time.GetUtcNow(), count) == TimeSpan.Zero;

    /// <summary>
    /// Telegram answered 429 for <paramref name="chatId"/>: that chat waits <paramref name="retryAfter"/>. Only when
    /// several chats were refused lately is everyone slowed down (the lane's window the refused call went through).
    /// </summary>
    public void ReportRateLimited(long chatId, SendLane lane, TimeSpan retryAfter)
    {
        var now = _time.GetUtcNow();
        _chats.For(chatId).PauseUntil(now + retryAfter);
        if (_refusing.Refused(chatId, now))
        {
            (lane == SendLane.Bulk && _paid is not null ? _paid : _free).Window.Slowdown(now, retryAfter);
        }
    }

    public int EffectiveLimit(DateTimeOffset now) => _free.Window.EffectiveLimit(now);

    private async Task WaitForWindowAsync(GlobalWindow window, CancellationToken ct)
    {
        while (true)
        {
            var (wait, completion) = window.TryStart(_time.GetUtcNow());
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            // A call coming back frees a place sooner than the clock alone would.
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

    private void Complete(GlobalWindow window, long? chatId)
    {
        var now = _time.GetUtcNow();
        window.Complete(now);
        if (chatId is { } chat)
        {
            _chats.For(chat).Record(now);
        }

        _chats.PruneNowAndThen(now);
    }

    private sealed record Lane(GlobalWindow Window, LaneTurnstile Turnstile);

    private sealed class Lease(DeliveryRateLimiter limiter, GlobalWindow window, long? chatId) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                limiter.Complete(window, chatId);
            }
        }
    }
}
