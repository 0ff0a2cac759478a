using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// Sends one outbox message within the rate limits, retrying 5xx answers and network failures with
/// exponential back-off and jitter (Polly) for a bounded number of attempts and time. Every attempt,
/// retries included, waits for the rate limiter.
/// </summary>
public sealed class ResilientDelivery
{
    private static readonly ResiliencePropertyKey<OutboxMessage> MessageKey = new("hipknee.outbox-message");
    private static readonly ResiliencePropertyKey<DateTimeOffset> FirstFailureKey = new("hipknee.first-failure");

    private readonly IReplyTransport _transport;
    private readonly DeliveryRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<ResilientDelivery> _logger;
    private readonly TimeSpan _retryBudget;
    private readonly ResiliencePipeline<SendResult> _pipeline;

    public ResilientDelivery(IReplyTransport transport, DeliveryRateLimiter limiter, IOptions<TelegramOptions> options, TimeProvider time, ILogger<ResilientDelivery> logger)
    {
        (_transport, _limiter, _time, _logger) = (transport, limiter, time, logger);
        var settings = options.Value;
        // No retry may start later than this after the first failure, so the last one ends within the give-up time.
        _retryBudget = settings.SendGiveUpAfter - settings.SendRetryMaxDelay;
        _pipeline = settings.SendAttempts == 1
            ? ResiliencePipeline<SendResult>.Empty
            : new ResiliencePipelineBuilder<SendResult> { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions<SendResult>
                {
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = settings.SendRetryDelay,
                    MaxDelay = settings.SendRetryMaxDelay,
                    MaxRetryAttempts = settings.SendAttempts - 1,
                    OnRetry = LogRetry,
                })
                .Build();
    }

    /// <summary>Delivers, or returns why not; a transient failure that outlived its retries comes back as <see cref="SendResult.Transient"/>.</summary>
    /// <param name="ct">Ends waiting (for the rate limiter, for a retry).</param>
    /// <param name="abortCall">Ends a call already on its way; on shutdown it fires later than <paramref name="ct"/>, so a message
    /// Telegram is receiving right then is recorded as sent rather than sent again after the restart.</param>
    /// <param name="lane">The lane it waits in for the global window.</param>
    public async Task<(SendResult Result, int Attempts)> SendAsync(OutboxMessage message, SendLane lane, CancellationToken ct, CancellationToken abortCall)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(MessageKey, message);
        var attempts = 0;
        try
        {
            var result = await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    attempts++;
                    using var lease = await _limiter.AcquireAsync(message.ChatId, SendLanes.IsChatMessage(message.Kind), lane, message.Id, ctx.CancellationToken);
                    return await _transport.SendAsync(message, abortCall);
                },
                context);
            return (result, attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in a transport, not a Telegram answer; its message is not logged, it might carry a URL.
            return (new SendResult.Transient($"unexpected {ex.GetType().Name}"), attempts);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(Outcome<SendResult> outcome, ResilienceContext context)
    {
        if (outcome.Exception is OperationCanceledException || (outcome.Exception is null && outcome.Result is not SendResult.Transient))
        {
            return false;
        }

        var now = _time.GetUtcNow();
        if (!context.Properties.TryGetValue(FirstFailureKey, out var firstFailure))
        {
            context.Properties.Set(FirstFailureKey, now);
            return true;
        }

        return now - firstFailure < _retryBudget;
    }

    private ValueTask LogRetry(OnRetryArguments<SendResult> args)
    {
        var message = args.Context.Properties.GetValue(MessageKey, null!);
        var reason = args.Outcome.Result is SendResult.Transient transient ? transient.Reason : args.Outcome.Exception?.GetType().Name;
        _logger.LogWarning("Message {MessageId} to chat {ChatId} will be retried in {Delay} (attempt {Attempt} failed: {Reason})",
            message.Id, message.ChatId, args.RetryDelay, args.AttemptNumber + 1, reason);
        return ValueTask.CompletedTask;
    }
}
