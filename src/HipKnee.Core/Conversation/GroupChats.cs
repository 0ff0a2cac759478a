using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// Groups, supergroups and channels: the coach talks one to one about one person's knees, so the first sign of life in
/// a group gets one pointer to a private chat, and everything after it silence (a bot nobody there asked for stays quiet).
/// A group has no <see cref="UserState"/>; the host keeps only whether it was pointed already.
/// </summary>
public static class GroupChats
{
    public static IReadOnlyList<Reply> Answer(bool pointedBefore, string? languageCode) =>
        pointedBefore ? [] : [new TextReply(CoachTexts.For(languageCode ?? Languages.English).PrivateChatOnly)];
}
