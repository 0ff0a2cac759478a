using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Asks Telegram once, before the bot starts, whether it knows the token: a wrong or revoked one stops the bot with one
/// line naming the key, instead of a start-up loop that retries forever. When Telegram cannot be reached the bot
/// starts anyway and keeps trying, as before.
/// </summary>
public static class StartupTokenCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The problem with the token (never the token itself), or null when accepted or unknown.</summary>
    public static async Task<string?> ProblemAsync(IServiceProvider services)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            return await services.GetRequiredService<IBotTokenProbe>().IsAcceptedAsync(timeout.Token)
                ? null
                : $"{BotTokenCheck.Key} was refused by Telegram (401/404): it is wrong or was revoked; copy the current token from @BotFather (the value is not shown).";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Unreachable, 5xx, timeout: not the token's fault; the polling loop retries until Telegram answers.
            return null;
        }
    }
}
