using Telegram.Bot.Types;
using HipKnee.Bot.RateLimiting;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// What an incoming update becomes, whichever way it arrived (polling or webhook): the update to handle, the notice
/// asking a flooding chat to slow down, or nothing (not for the coach, unmappable, or flood to ignore).
/// </summary>
public sealed class UpdateAdmission(FloodGuard flood, TimeProvider time, SecretRedactor redactor, ILogger<UpdateAdmission> logger)
{
    public IChatUpdate? Admit(Update update, string? botUsername) => Map(update, botUsername) is { } mapped ? Check(update, mapped) : null;

    private IChatUpdate? Map(Update update, string? botUsername)
    {
        try
        {
            return UpdateMapper.Map(update, botUsername);
        }
        catch (Exception ex)
        {
            // A shape no test foresaw must cost this one update, never the intake.
            logger.LogError("Update {UpdateId} could not be mapped and is skipped ({Error})", update.Id, redactor.Describe(ex));
            return null;
        }
    }

    private IChatUpdate? Check(Update update, IChatUpdate mapped)
    {
        // A date from the future (Telegram never sends one) would hold the chat's flood window there; now is used instead.
        var now = time.GetUtcNow();
        var sentAt = update.Message?.Date is { } date && date > DateTime.UnixEpoch && date <= now.UtcDateTime ? new DateTimeOffset(date, TimeSpan.Zero) : now;
        switch (flood.Check(mapped.ChatId, sentAt))
        {
            case FloodVerdict.Admit:
                return mapped;
            case FloodVerdict.IgnoreAndWarn:
                logger.LogWarning("Chat {ChatId} sends more than {Limit} updates in {Window}; the excess is ignored", mapped.ChatId, FloodGuard.Limit, FloodGuard.Window);
                return new SlowDownNotice(mapped.UpdateId, mapped.ChatId, mapped.LanguageCode);
            default:
                logger.LogDebug("Update {UpdateId} from flooding chat {ChatId} ignored", update.Id, mapped.ChatId);
                return null;
        }
    }
}
