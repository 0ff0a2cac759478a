namespace HipKnee.Bot.Updates;

/// <summary>A user's first update beyond the flood limit: it is not handled, the user is asked to slow down instead.</summary>
public sealed record SlowDownNotice(long? UpdateId, long ChatId, string? LanguageCode = null) : IChatUpdate;
