namespace HipKnee.Bot.Updates;

/// <summary>The user blocked the bot (<paramref name="Blocked"/>) or unblocked it, in their private chat.</summary>
public sealed record MembershipChange(long? UpdateId, long ChatId, bool Blocked, string? LanguageCode = null) : IChatUpdate;
