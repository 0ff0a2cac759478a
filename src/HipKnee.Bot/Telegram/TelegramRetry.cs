using Polly;
using Polly.Retry;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// For the Telegram calls the bot cannot go on without (start-up, setWebhook, getUpdates): tried again with a pause
/// that doubles from 1 s up to 30 s, for as long as the host runs. Each failure is logged, the token redacted.
/// </summary>
public static class TelegramRetry
{
    public static ResiliencePipeline UntilDone(string what, SecretRedactor redactor, ILogger logger) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                // A stop of the host ends the retries; any other failure (a timeout included) is tried again.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(30),
                OnRetry = args =>
                {
                    logger.LogWarning("{What} failed ({Error}); retrying", what, redactor.Describe(args.Outcome.Exception!));
                    return default;
                },
            })
            .Build();
}
