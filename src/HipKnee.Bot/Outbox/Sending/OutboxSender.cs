using System.Collections.Concurrent;
using HipKnee.Bot.Hosting;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Telegram;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// The one sender fed by the outbox. Whenever replies are committed, a courier finishes or a held-back message comes
/// due (and at least every second) it starts a courier for every chat with a due reply, then for chats whose first
/// pending message is a due bulk one, oldest first; a chat whose courier waits in the bulk lane when a reply comes
/// is told to let the reply go first. Chats are served in parallel; each chat's replies go in order, and so do its
/// bulk messages.
/// Of several instances only the holder of the sender lease sends: Telegram's limits are per bot, not per
/// instance, and one sender keeps each chat's messages in order and never sends one twice.
/// </summary>
public sealed class OutboxSender(
    SingleInstanceRunner singleInstance,
    IServiceScopeFactory scopes,
    ChatCourier courier,
    DeliveryLedger ledger,
    OutboxSignal signal,
    BotTokenStatus token,
    TokenRecovery tokenRecovery,
    HostedLoop loop,
    SecretRedactor redactor,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    public const string LeaseName = "outbox-sender";
    private const int MaxChatsInFlight = 4096;

    /// <summary>Replies are few; more chats with due replies than this wait for the next pass.</summary>
    private const int MaxReplyChatsPerPass = 1024;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>On shutdown, how long calls already on their way may take to come back.</summary>
    private static readonly TimeSpan CallGracePeriod = TimeSpan.FromSeconds(5);

    /// <summary>Coalesces wake-ups, so a busy second costs tens of outbox scans, not thousands.</summary>
    private static readonly TimeSpan MinPassGap = TimeSpan.FromMilliseconds(10);

    private readonly ConcurrentDictionary<long, CourierRun> _couriers = new();
    private readonly CancellationTokenSource _abortCalls = new();
    private readonly BulkRefills _bulkRefills = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var writing = ledger.RunAsync();
        try
        {
            await singleInstance.RunAsync(LeaseName, SendWhileHoldingAsync, stoppingToken);
        }
        finally
        {
            // Couriers stop at their next wait; whatever they delivered is still written before the sender ends.
            _abortCalls.CancelAfter(CallGracePeriod);
            await Task.WhenAll(_couriers.Values.Select(run => run.Completion));
            ledger.Complete();
            await writing;
        }
    }

    /// <summary>Sends until <paramref name="leaseToken"/> ends: the host stops, or this instance lost the lease.</summary>
    private async Task SendWhileHoldingAsync(CancellationToken leaseToken)
    {
        try
        {
            await loop.RunAsync("Outbox pass", async ct =>
            {
                var wake = await StartDueChatsAsync(ct);
                await signal.WaitAsync(wake, ct);
                // Wall-clock pause: it only spaces out database scans, whatever clock the coach runs on.
                await Task.Delay(MinPassGap, ct);
            }, PollInterval, logger, leaseToken);
        }
        finally
        {
            // Couriers stop at their next wait once the lease is gone; the next holder takes their chats from there.
            await Task.WhenAll(_couriers.Values.Select(run => run.Completion));
        }
    }

    /// <summary>Starts couriers for due chats; returns how long to sleep unless woken earlier.</summary>
    private async Task<TimeSpan> StartDueChatsAsync(CancellationToken ct)
    {
        if (token.IsRefused && !await tokenRecovery.AcceptedAgainAsync(ct))
        {
            return PollInterval;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var now = time.GetUtcNow();
        // A chat whose courier waits in the bulk lane is found too, so that courier lets the reply go first.
        var servedForReplies = _couriers.Where(run => !run.Value.InBulkWait).Select(run => run.Key).ToList();
        foreach (var chatId in await OutboxQueries.ChatsWithDueRepliesAsync(db, servedForReplies, now, MaxReplyChatsPerPass, ct))
        {
            if (_couriers.TryGetValue(chatId, out var run))
            {
                run.Preempt();
            }
            else
            {
                Start(chatId, null, ct);
            }
        }

        if (_bulkRefills.TimeUntilNext() is { } notYet)
        {
            return notYet;
        }

        var busy = _couriers.Keys.ToList();
        if (busy.Count < MaxChatsInFlight)
        {
            foreach (var head in await OutboxQueries.DueBulkHeadsAsync(db, busy, now, MaxChatsInFlight - busy.Count, ct))
            {
                Start(head.Message.ChatId, head, ct);
            }
        }

        var next = await OutboxQueries.NextDeferredAsync(db, now, ct);
        return next is { } due && due - now < PollInterval ? due - now : PollInterval;
    }

    /// <summary>
    /// After a clean stop there is nothing left to end. Disposed without a stop (a host disposed after a failed start),
    /// calls still on their way end now, as nobody waits for them. The source is cancelled, never disposed: the end of
    /// <see cref="ExecuteAsync"/> may still run after this and use it, and a cancelled source holds no timer.
    /// Safe to call more than once, before or after <see cref="BackgroundService.StopAsync"/>.
    /// </summary>
    public override void Dispose()
    {
        _abortCalls.Cancel();
        base.Dispose();
    }

    private void Start(long chatId, BulkHead? head, CancellationToken ct)
    {
        // Registered before it runs, so its own clean-up can never come first and leave a stale entry.
        var run = new CourierRun();
        var cold = new Task<Task>(() => DeliverAsync(chatId, run, head, ct));
        run.Completion = cold.Unwrap();
        _couriers[chatId] = run;
        cold.Start(TaskScheduler.Default);
    }

    private async Task DeliverAsync(long chatId, CourierRun run, BulkHead? head, CancellationToken ct)
    {
        try
        {
            await courier.DeliverChatAsync(chatId, run, head, ct, _abortCalls.Token);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError("Delivery to chat {ChatId} failed ({Error}); it is retried on the next pass", chatId, redactor.Describe(ex));
        }
        finally
        {
            _couriers.TryRemove(chatId, out _);
            signal.Notify();
        }
    }
}
