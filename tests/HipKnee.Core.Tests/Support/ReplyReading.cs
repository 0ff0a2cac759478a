using HipKnee.Core.Conversation;

namespace HipKnee.Core.Tests.Support;

internal static class ReplyReading
{
    public static IReadOnlyList<TextReply> TextReplies(this Decision decision) =>
        decision.Replies.OfType<TextReply>().ToList();

    public static string AllText(this Decision decision) =>
        string.Join("\n\n", decision.TextReplies().Select(reply => reply.Text));

    public static IReadOnlyList<CallbackAnswer> CallbackAnswers(this Decision decision) =>
        decision.Replies.OfType<CallbackAnswer>().ToList();

    public static IReadOnlyList<string> ButtonData(this Decision decision) =>
        decision.TextReplies().SelectMany(reply => reply.Buttons).SelectMany(row => row).Select(button => button.Data).ToList();

    /// <summary>The "Set n of 8" prompt that closes the decision's replies.</summary>
    public static TextReply SetPrompt(this Decision decision) =>
        Assert.IsType<TextReply>(decision.Replies[^1]);
}
