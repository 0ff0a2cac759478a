using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Updates;

/// <summary>One thing a user sent, from any intake (Telegram or the console), ready for the coach.</summary>
/// <param name="UpdateId">Telegram's update id, for de-duplication; null where there is none (console).</param>
/// <param name="CallbackQueryId">Set for a button press, so its answer can be sent.</param>
public sealed record IncomingUpdate(long? UpdateId, long ChatId, Input Input, string? CallbackQueryId = null, string? LanguageCode = null)
    : IChatUpdate;
