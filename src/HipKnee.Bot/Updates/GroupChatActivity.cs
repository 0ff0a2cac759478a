namespace HipKnee.Bot.Updates;

/// <summary>Something happened in a group, supergroup or channel: worth one pointer to a private chat, then silence.</summary>
public sealed record GroupChatActivity(long? UpdateId, long ChatId, string? LanguageCode = null) : IChatUpdate;
