namespace HipKnee.Bot.Updates;

/// <summary>One update worth acting on, for one chat; handled in its own transaction, at most once per update id.</summary>
public interface IChatUpdate
{
    /// <summary>Telegram's update id, for de-duplication; null where there is none (console).</summary>
    long? UpdateId { get; }

    long ChatId { get; }

    string? LanguageCode { get; }
}
