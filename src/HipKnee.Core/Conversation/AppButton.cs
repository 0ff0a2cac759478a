using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// The "open the app" button under /stats and /schedule. Its data is a marker, never sent as a callback: the host
/// turns it into a web_app button when the Mini App is configured, and leaves it out otherwise (and in the console).
/// </summary>
public static class AppButton
{
    public const string Data = "app:open";

    public static IReadOnlyList<ReplyButton> Row(ICoachTexts texts) => [new ReplyButton(texts.OpenAppLabel, Data)];

    /// <summary>The rows without the app button (and without a row it leaves empty).</summary>
    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Without(IReadOnlyList<IReadOnlyList<ReplyButton>> rows) =>
        rows.Select(row => (IReadOnlyList<ReplyButton>)row.Where(button => button.Data != Data).ToList()).Where(row => row.Count > 0).ToList();
}
