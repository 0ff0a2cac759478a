namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// Whether Telegram accepts the bot token. Once it refuses it (revoked in @BotFather, or another bot's), nothing is
/// sent — every call would only be refused again — until a call with it succeeds. Thread-safe.
/// </summary>
public sealed class BotTokenStatus(TimeProvider wallClock, ILogger<BotTokenStatus> logger)
{
    private readonly Lock _gate = new();
    private string? _reason;
    private DateTimeOffset _since;

    public bool IsRefused => Volatile.Read(ref _reason) is not null;

    /// <summary>Why and since when, for /health; null while the token is accepted.</summary>
    public string? Problem
    {
        get
        {
            lock (_gate)
            {
                return _reason is null ? null
                    : $"Telegram refused Telegram:BotToken ({_reason}) at {_since:yyyy-MM-dd HH:mm:ss} UTC; sending is paused, messages stay pending";
            }
        }
    }

    public void Refused(string reason)
    {
        lock (_gate)
        {
            if (_reason is not null)
            {
                return;
            }

            (_reason, _since) = (reason, wallClock.GetUtcNow());
        }

        logger.LogCritical("Telegram refused the bot token ({Reason}): sending is paused for every chat and messages stay pending. " +
            "Check Telegram:BotToken (revoked or replaced in @BotFather?); sending resumes once Telegram accepts it", reason);
    }

    public void Accepted()
    {
        if (!IsRefused)
        {
            return;
        }

        lock (_gate)
        {
            _reason = null;
        }

        logger.LogWarning("Telegram accepts the bot token again; sending resumes");
    }
}
