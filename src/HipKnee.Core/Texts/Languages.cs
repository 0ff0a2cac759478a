namespace HipKnee.Core.Texts;

/// <summary>The languages the coach speaks, by short code.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Chinese = "zh";

    public static readonly IReadOnlyList<string> Supported = [English, Chinese];

    /// <summary>The language for a Telegram <c>language_code</c> (any Chinese → Simplified Chinese); English otherwise.</summary>
    public static string FromTelegram(string? languageCode) =>
        languageCode is { } code && code.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>A supported language from what a user typed or a button carried; null when unknown.</summary>
    public static string? Find(string text) => text.Trim().ToLowerInvariant() switch
    {
        "en" or "english" or "英文" or "英语" => English,
        "zh" or "zh-hans" or "cn" or "chinese" or "中文" or "简体中文" or "汉语" => Chinese,
        _ => null,
    };
}
