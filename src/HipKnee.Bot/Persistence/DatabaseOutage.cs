using HipKnee.Bot.Telegram;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// Whether work is waiting for the database right now, and why: set by <see cref="DatabaseRetry"/> while it backs off
/// from an infrastructure fault, read by the health check. Says once when an outage begins and once when it ends,
/// however many pieces of work wait through it.
/// </summary>
public sealed class DatabaseOutage(SecretRedactor redactor, ILogger<DatabaseOutage> logger)
{
    private readonly Lock _gate = new();
    private int _waiting;
    private long _startedAt;

    public string? Reason { get; private set; }

    public bool IsOngoing => Volatile.Read(ref _waiting) > 0;

    public void Begin(string what, Exception fault)
    {
        lock (_gate)
        {
            Reason = $"{what} waits for the database ({redactor.Describe(fault)})";
            if (_waiting++ == 0)
            {
                _startedAt = Environment.TickCount64;
                logger.LogWarning("The database cannot be used: {What} failed ({Error}); nothing is confirmed or dropped, retrying with back-off until it is back",
                    what, redactor.Describe(fault));
            }
        }
    }

    public void End()
    {
        lock (_gate)
        {
            if (--_waiting == 0)
            {
                Reason = null;
                logger.LogInformation("The database is back after {Seconds:F1} s; waiting work goes on", (Environment.TickCount64 - _startedAt) / 1000.0);
            }
        }
    }
}
