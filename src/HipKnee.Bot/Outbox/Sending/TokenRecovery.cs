namespace HipKnee.Bot.Outbox.Sending;

/// <summary>While Telegram refuses the token, asks it now and then (backing off to every 30 s) whether it accepts it again.</summary>
public sealed class TokenRecovery(BotTokenStatus token, IBotTokenProbe probe, TimeProvider wallClock, ILogger<TokenRecovery> logger)
{
    private static readonly TimeSpan FirstInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxInterval = TimeSpan.FromSeconds(30);
    private TimeSpan _interval = FirstInterval;
    private DateTimeOffset _nextProbe = DateTimeOffset.MinValue;

    /// <summary>True once the token is accepted again; probes at most once per interval. Called by the sender's one loop.</summary>
    public async Task<bool> AcceptedAgainAsync(CancellationToken ct)
    {
        var now = wallClock.GetUtcNow();
        if (now < _nextProbe)
        {
            return false;
        }

        try
        {
            if (await probe.IsAcceptedAsync(ct))
            {
                token.Accepted();
                (_interval, _nextProbe) = (FirstInterval, DateTimeOffset.MinValue);
                return true;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug("Token probe failed ({Error}); asking again later", ex.GetType().Name);
        }

        _nextProbe = now + _interval;
        _interval = _interval * 2 < MaxInterval ? _interval * 2 : MaxInterval;
        return false;
    }
}
