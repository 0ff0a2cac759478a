using Polly;
using Polly.Retry;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Runs work again at once after a conflict with concurrent work on a working database (a unique key another instance
/// took, a version token that moved): the next attempt reads the new state. Bounded, as a conflict that persists is
/// not a race any more but the caller's problem; an outage is never a conflict (<see cref="DatabaseRetry"/>).
/// </summary>
public static class ConflictRetry
{
    public static ResiliencePipeline Pipeline<TConflict>(int attempts, Action? onConflict = null)
        where TConflict : Exception =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TConflict>(ex => !InfrastructureFault.Is(ex)),
                MaxRetryAttempts = attempts - 1,
                Delay = TimeSpan.Zero,
                OnRetry = _ =>
                {
                    onConflict?.Invoke();
                    return default;
                },
            })
            .Build();
}
