namespace HipKnee.Bot.WebApp;

/// <summary>Who is asking, read only from initData whose signature checked out.</summary>
public sealed record WebAppUser(long Id, string? LanguageCode);
