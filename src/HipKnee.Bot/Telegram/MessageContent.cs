using Telegram.Bot.Types.Enums;

namespace HipKnee.Bot.Telegram;

/// <summary>Tells what a user sent (a sticker, a photo) from what Telegram noted about the chat (a pinned message, a new title).</summary>
public static class MessageContent
{
    private static readonly HashSet<MessageType> Sent =
    [
        MessageType.Text, MessageType.Photo, MessageType.Audio, MessageType.Video, MessageType.Voice, MessageType.Document,
        MessageType.Sticker, MessageType.Location, MessageType.Contact, MessageType.Venue, MessageType.Game, MessageType.VideoNote,
        MessageType.Poll, MessageType.Dice, MessageType.Animation, MessageType.Story, MessageType.PaidMedia, MessageType.Invoice,
        MessageType.Checklist, MessageType.LivePhoto, MessageType.RichMessage, MessageType.WebAppData,
        // A kind of message newer than this build: more likely something the user sent than a service note.
        MessageType.Unknown,
    ];

    public static bool IsFromTheUser(MessageType type) => Sent.Contains(type);
}
