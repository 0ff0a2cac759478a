using Telegram.Bot;

namespace HipKnee.Bot.Telegram;

/// <summary>The bot's own username (from getMe, asked once), to ignore commands addressed to other bots.</summary>
public sealed class BotIdentity(ITelegramBotClient bot)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _username;

    public async Task<string?> UsernameAsync(CancellationToken ct)
    {
        if (_username is not null)
        {
            return _username;
        }

        await _gate.WaitAsync(ct);
        try
        {
            _username ??= (await bot.GetMe(ct)).Username ?? "";
            return _username;
        }
        finally
        {
            _gate.Release();
        }
    }
}
