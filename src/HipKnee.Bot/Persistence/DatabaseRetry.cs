using HipKnee.Bot.Telegram;
using Polly;
using Polly.Retry;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Runs a piece of database work and, when the database itself fails (<see cref="InfrastructureFault"/>), waits and
/// runs it again until the database is back: exponential back-off with jitter, capped at 5 s, no limit on attempts
/// (an outage is not a failure of the work). Any other exception is the caller's, unless the work must not be
/// given up at all (<c>everyFault</c>). The waiting is physical time, on the system clock, whatever clock the coach runs on.
/// </summary>
public sealed class DatabaseRetry
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    private static readonly ResiliencePropertyKey<string> What = new("hipknee.what");
    private static readonly ResiliencePropertyKey<bool> Waiting = new("hipknee.waiting");
    private static readonly ResiliencePropertyKey<bool> EveryFault = new("hipknee.every-fault");
    private readonly ResiliencePipeline _pipeline;
    private readonly DatabaseOutage _outage;

    public DatabaseRetry(DatabaseOutage outage, SecretRedactor redactor, ILogger<DatabaseRetry> logger)
    {
        _outage = outage;
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex
                    && (InfrastructureFault.Is(ex) || args.Context.Properties.GetValue(EveryFault, false))),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstDelay,
                MaxDelay = MaxDelay,
                OnRetry = args =>
                {
                    var what = args.Context.Properties.GetValue(What, "database work");
                    if (!InfrastructureFault.Is(args.Outcome.Exception!))
                    {
                        logger.LogError("{What} failed ({Error}); retrying", what, redactor.Describe(args.Outcome.Exception!));
                    }
                    else if (!args.Context.Properties.GetValue(Waiting, false))
                    {
                        args.Context.Properties.Set(Waiting, true);
                        outage.Begin(what, args.Outcome.Exception!);
                    }

                    logger.LogDebug("{What} meets a database fault (attempt {Attempt}); next try in {Delay}", what, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }

    /// <param name="what">Names the work in the outage's log line and health reason, e.g. "update 42".</param>
    /// <param name="everyFault">Retry every failure, not only the database's: for work that nothing may give up.</param>
    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> work, CancellationToken ct, bool everyFault = false)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(What, what);
        context.Properties.Set(EveryFault, everyFault);
        try
        {
            return await _pipeline.ExecuteAsync(static async (context, work) => await work(context.CancellationToken), context, work);
        }
        finally
        {
            if (context.Properties.GetValue(Waiting, false))
            {
                _outage.End();
            }

            ResilienceContextPool.Shared.Return(context);
        }
    }

    public Task RunAsync(string what, Func<CancellationToken, Task> work, CancellationToken ct, bool everyFault = false) =>
        RunAsync(what, async token =>
        {
            await work(token);
            return true;
        }, ct, everyFault);
}
