namespace HipKnee.Bot.Outbox.Sending;

/// <summary>One cheap call that tells whether Telegram accepts the bot token (getMe).</summary>
public interface IBotTokenProbe
{
    /// <summary>True when accepted; false when refused (401, 404); throws on anything else (network, 5xx).</summary>
    Task<bool> IsAcceptedAsync(CancellationToken ct);
}
