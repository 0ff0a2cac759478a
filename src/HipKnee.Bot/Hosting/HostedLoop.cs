using HipKnee.Bot.Telegram;

namespace HipKnee.Bot.Hosting;

/// <summary>
/// The one shape of a hosted loop: a pass (which waits for its next turn itself) runs again and again until the host
/// stops. A failed pass is logged, secrets redacted, and the loop goes on after a pause instead of ending the service.
/// </summary>
public sealed class HostedLoop(SecretRedactor redactor)
{
    /// <param name="what">Names the pass in the log line, e.g. "Hold-timer pass".</param>
    /// <param name="clock">The clock the pause is counted on; the system clock unless the loop runs on the coach's time.</param>
    public async Task RunAsync(string what, Func<CancellationToken, Task> pass, TimeSpan pauseAfterFailure, ILogger logger, CancellationToken stoppingToken,
        TimeProvider? clock = null)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError("{What} failed ({Error}); retrying shortly", what, redactor.Describe(ex));
                await Task.Delay(pauseAfterFailure, clock ?? TimeProvider.System, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
