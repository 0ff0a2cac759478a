using Polly;
using Polly.Retry;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Runs a piece of database work and, when the database itself fails (<see cref="InfrastructureFault"/>), waits and
/// runs it again until the database is back: exponential back-off with jitter, capped at 5 s, no limit on attempts
/// (an outage is not a failure of the work). Any other exception is the caller's. The waiting is physical time, on
/// the system clock, whatever clock the coach runs on.
/// </summary>
public sealed class DatabaseRetry
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    private static readonly ResiliencePropertyKey<string> What = new("hipknee.what");
    private static readonly ResiliencePropertyKey<bool> Waiting = new("hipknee.waiting");
    private readonly ResiliencePipeline _pipeline;
    private readonly DatabaseOutage _outage;

    public DatabaseRetry(DatabaseOutage outage, ILogger<DatabaseRetry> logger)
    {
        _outage = outage;
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(InfrastructureFault.Is),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstDelay,
                MaxDelay = MaxDelay,
                OnRetry = args =>
                {
                    var what = args.Context.Properties.GetValue(What, "database work");
                    if (!args.Context.Properties.GetValue(Waiting, false))
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
    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(What, what);
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

    public Task RunAsync(string what, Func<CancellationToken, Task> work, CancellationToken ct) =>
        RunAsync(what, async token =>
        {
            await work(token);
            return true;
        }, ct);
}
