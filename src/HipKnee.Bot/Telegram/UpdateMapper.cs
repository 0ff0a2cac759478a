using HipKnee.Core.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Maps a Telegram update to what the bot acts on, or null when it should be ignored: edited messages,
/// inline queries, polls, join requests, reactions, payments and kinds of update that do not exist yet.
/// </summary>
public static class UpdateMapper
{
    public static IChatUpdate? Map(Update update, string? botUsername)
    {
        var chatId = ChatOf(update);
        return update switch
        {
            { Message: { } message } => MapMessage(update.Id, chatId, message, botUsername),
            { CallbackQuery: { Message.Chat.Type: ChatType.Private } query } =>
                new IncomingUpdate(update.Id, chatId, CallbackData.Parse(query.Data ?? ""), query.Id, query.From.LanguageCode),
            { ChannelPost: not null } => new GroupChatActivity(update.Id, chatId),
            { MyChatMember: { } membership } => MapMembership(update.Id, chatId, membership),
            _ => null,
        };
    }

    /// <summary>
    /// The chat an update belongs to: the one place that says so, for the inbox row, the chat lease, per-chat ordering
    /// and the update the coach gets. 0 for updates without one (inline queries, polls).
    /// </summary>
    public static long ChatOf(Update update) =>
        update.Message?.Chat?.Id
        ?? update.EditedMessage?.Chat?.Id
        ?? update.CallbackQuery?.Message?.Chat?.Id
        ?? update.CallbackQuery?.From?.Id
        ?? update.MyChatMember?.Chat?.Id
        ?? update.ChatMember?.Chat?.Id
        ?? update.ChannelPost?.Chat?.Id
        ?? update.EditedChannelPost?.Chat?.Id
        ?? update.ChatJoinRequest?.Chat?.Id
        ?? 0;

    private static IChatUpdate? MapMessage(long updateId, long chatId, Message message, string? botUsername)
    {
        if (message.Chat.Type is ChatType.Group or ChatType.Supergroup or ChatType.Channel)
        {
            var fromAnotherBot = message.From is { IsBot: true } && message.SenderChat is null;
            return fromAnotherBot || IsForAnotherBot(message.Text, botUsername)
                ? null
                : new GroupChatActivity(updateId, chatId, message.From?.LanguageCode);
        }

        if (message.Chat.Type != ChatType.Private || message.From is null or { IsBot: true })
        {
            return null;
        }

        var language = message.From.LanguageCode;
        if (message.ForwardOrigin is not null || message.Text is null)
        {
            // A forwarded "done" is someone else's word, not the user's answer; service notes are no input at all.
            return MessageContent.IsFromTheUser(message.Type) ? new IncomingUpdate(updateId, chatId, new NonTextInput(), null, language) : null;
        }

        if (IsForAnotherBot(message.Text, botUsername))
        {
            return null;
        }

        var input = InputParser.Parse(message.Text);
        return input is TextInput { Text.Length: 0 } ? null : new IncomingUpdate(updateId, chatId, input, null, language);
    }

    private static IChatUpdate? MapMembership(long updateId, long chatId, ChatMemberUpdated membership)
    {
        var status = membership.NewChatMember.Status;
        if (membership.Chat.Type == ChatType.Private)
        {
            return status switch
            {
                ChatMemberStatus.Kicked => new MembershipChange(updateId, chatId, Blocked: true),
                ChatMemberStatus.Member => new MembershipChange(updateId, chatId, Blocked: false),
                _ => null,
            };
        }

        var added = membership.Chat.Type is ChatType.Group or ChatType.Supergroup or ChatType.Channel
            && status is ChatMemberStatus.Member or ChatMemberStatus.Administrator;
        return added ? new GroupChatActivity(updateId, chatId, membership.From.LanguageCode) : null;
    }

    /// <summary>A command addressed to some other bot (<c>/start@OtherBot</c>) is not for this one.</summary>
    private static bool IsForAnotherBot(string? text, string? botUsername) =>
        text is not null && InputParser.AddressedBot(text) is { } addressed && !string.Equals(addressed, botUsername, StringComparison.OrdinalIgnoreCase);
}
