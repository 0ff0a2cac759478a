using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// Delivers one chat's pending messages in the order <see cref="ChatNext"/> plans (its replies first, in order, then
/// its bulk messages, in order), each outcome committed before the next message goes. Stops at a message that must
/// wait (429), when the chat turns out unreachable or when Telegram refuses the token; the sender starts a courier
/// for the chat again once a message of it is due.
/// </summary>
public sealed class ChatCourier(
    IServiceScopeFactory scopes, ResilientDelivery delivery, DeliveryLedger ledger, DeliveryRateLimiter limiter, ChatNext next, BotTokenStatus token,
    HipKneeMetrics metrics, TimeProvider time)
{
    private enum Step
    {
        Continue,
        Stop,

        /// <summary>A reply came while a bulk message waited: look at the chat's messages again.</summary>
        LookAgain,
    }

    /// <param name="head">The chat's first pending message when the sender found it as a bulk head; null to look it up.</param>
    public async Task DeliverChatAsync(long chatId, CourierRun run, BulkHead? head, CancellationToken ct, CancellationToken abortCall)
    {
        if (head is not null)
        {
            var step = await SendBulkAsync(head.Message, run, ct, abortCall);
            if (step == Step.Stop || (step == Step.Continue && !head.HasMore))
            {
                return;
            }
        }

        while (!token.IsRefused && await PlanAsync(chatId, ct) is { Steps.Count: > 0 } plan)
        {
            var lookAgain = false;
            foreach (var (message, lane) in plan.Steps)
            {
                if (message.NextAttemptAt > time.GetUtcNow())
                {
                    return;
                }

                var step = lane == SendLane.Reply
                    ? await DeliverAsync(message, lane, ct, abortCall) ? Step.Continue : Step.Stop
                    : await SendBulkAsync(message, run, ct, abortCall);
                if (step == Step.Stop)
                {
                    return;
                }

                if (step == Step.LookAgain)
                {
                    lookAgain = true;
                    break;
                }
            }

            // Anything written for the chat meanwhile is found by the sender's next pass once this courier ends.
            if (!lookAgain && plan.WholeQueue)
            {
                return;
            }
        }
    }

    private async Task<ChatPlan> PlanAsync(long chatId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await next.PlanAsync(scope.ServiceProvider.GetRequiredService<HipKneeDbContext>(), chatId, ct);
    }

    /// <summary>Sends a bulk message in the bulk lane, unless a reply for the chat comes while it waits there.</summary>
    private async Task<Step> SendBulkAsync(OutboxMessage message, CourierRun run, CancellationToken ct, CancellationToken abortCall)
    {
        if (token.IsRefused || run.EnterBulkWait(ct) is not { } bulkWait)
        {
            return token.IsRefused ? Step.Stop : Step.LookAgain;
        }

        try
        {
            return await DeliverAsync(message, SendLane.Bulk, bulkWait.Token, abortCall) ? Step.Continue : Step.Stop;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Step.LookAgain;
        }
        finally
        {
            run.LeaveBulkWait();
        }
    }

    /// <summary>An edit whose message never went out has nothing to change and is recorded as done without a call.</summary>
    private async Task<bool> ResolveEditAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind != OutboxKind.Edit)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await OutboxQueries.ResolveEditAsync(scope.ServiceProvider.GetRequiredService<HipKneeDbContext>(), message, ct);
    }

    /// <summary>Sends and records one message; false when the chat's later messages must not go now.</summary>
    private async Task<bool> DeliverAsync(OutboxMessage message, SendLane lane, CancellationToken ct, CancellationToken abortCall)
    {
        var (result, attempts) = await ResolveEditAsync(message, ct) ? await delivery.SendAsync(message, lane, ct, abortCall) : (SendResult.Sent, 0);
        if (result is SendResult.TokenRefused refused)
        {
            // Not recorded: the message stays pending as it was, and goes once Telegram accepts the token again.
            token.Refused(refused.Reason);
            return false;
        }

        if (result is SendResult.RateLimited limited)
        {
            limiter.ReportRateLimited(message.ChatId, lane, limited.RetryAfter);
        }

        metrics.RecordSend(message.Kind, result);
        var outcome = new DeliveryOutcome(message.Id, message.ChatId, result, attempts, time.GetUtcNow());
        await ledger.RecordAsync(outcome);
        return !outcome.StopsChat;
    }
}
