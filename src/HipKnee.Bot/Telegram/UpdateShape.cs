using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Telegram.Bot reads a JSON document into an <see cref="Update"/> even when fields Telegram always sends are missing,
/// leaving null where its types promise a value. Such a shape never comes from Telegram; checking for it once, where
/// updates are read, keeps every later step (inbox, mapping, admission) free of null checks and exceptions.
/// </summary>
public static class UpdateShape
{
    /// <summary>What makes <paramref name="update"/> unusable (a field Telegram always sends is missing), or null.</summary>
    public static string? Problem(Update update) =>
        MessageProblem("message", update.Message)
        ?? MessageProblem("edited_message", update.EditedMessage)
        ?? MessageProblem("channel_post", update.ChannelPost)
        ?? MessageProblem("edited_channel_post", update.EditedChannelPost)
        ?? CallbackProblem(update.CallbackQuery)
        ?? MembershipProblem("my_chat_member", update.MyChatMember)
        ?? MembershipProblem("chat_member", update.ChatMember)
        ?? (update.ChatJoinRequest is { Chat: null } or { From: null } ? "chat_join_request without chat or from" : null);

    private static string? MessageProblem(string field, Message? message) =>
        message is { Chat: null } ? $"{field} without chat" : null;

    private static string? CallbackProblem(CallbackQuery? query) => query switch
    {
        null => null,
        { Id: null or "" } => "callback_query without id",
        { From: null } => "callback_query without from",
        _ => MessageProblem("callback_query.message", query.Message),
    };

    private static string? MembershipProblem(string field, ChatMemberUpdated? membership) =>
        membership is { Chat: null } or { From: null } or { NewChatMember: null } or { OldChatMember: null }
            ? $"{field} without chat, from or member"
            : null;
}
