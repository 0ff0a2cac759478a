using Telegram.Bot;
using Telegram.Bot.Exceptions;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Telegram;

/// <summary>Asks getMe whether Telegram accepts the bot token.</summary>
public sealed class GetMeTokenProbe(ITelegramBotClient bot) : IBotTokenProbe
{
    public async Task<bool> IsAcceptedAsync(CancellationToken ct)
    {
        try
        {
            await bot.GetMe(ct);
            return true;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            return false;
        }
    }
}
