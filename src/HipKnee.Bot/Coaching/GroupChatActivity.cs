namespace HipKnee.Bot.Coaching;

/// <summary>Something happened in a group, supergroup or channel: worth one pointer to a private chat, then silence.</summary>
public sealed record GroupChatActivity(long? UpdateId, long ChatId, string? LanguageCode = null) : IChatUpdate;
