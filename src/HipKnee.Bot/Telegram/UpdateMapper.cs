using HipKnee.Bot.Coaching;
using HipKnee.Core.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Maps a Telegram update to what the bot acts on, or null when it should be ignored: edited messages,
/// inline queries, polls, join requests, reactions, payments and kinds of update that do not exist yet.
/// </summary>
public static class UpdateMapper
{
    public static IChatUpdate? Map(Update update, string? botUsername) => update switch
    {
        { Message: { } message } => MapMessage(update.Id, message, botUsername),
        { CallbackQuery: { Message.Chat: { Type: ChatType.Private } chat } query } =>
            new IncomingUpdate(update.Id, chat.Id, CallbackData.Parse(query.Data ?? ""), query.Id, query.From.LanguageCode),
        { ChannelPost: { } post } => new GroupChatActivity(update.Id, post.Chat.Id),
        { MyChatMember: { } membership } => MapMembership(update.Id, membership),
        _ => null,
    };

    private static IChatUpdate? MapMessage(long updateId, Message message, string? botUsername)
    {
        if (message.Chat.Type is ChatType.Group or ChatType.Supergroup or ChatType.Channel)
        {
            var fromAnotherBot = message.From is { IsBot: true } && message.SenderChat is null;
            return fromAnotherBot || IsForAnotherBot(message.Text, botUsername)
                ? null
                : new GroupChatActivity(updateId, message.Chat.Id, message.From?.LanguageCode);
        }

        if (message.Chat.Type != ChatType.Private || message.From is null or { IsBot: true })
        {
            return null;
        }

        var language = message.From.LanguageCode;
        if (message.ForwardOrigin is not null || message.Text is null)
        {
            // A forwarded "done" is someone else's word, not the user's answer; service notes are no input at all.
            return MessageContent.IsFromTheUser(message.Type) ? new IncomingUpdate(updateId, message.Chat.Id, new NonTextInput(), null, language) : null;
        }

        if (IsForAnotherBot(message.Text, botUsername))
        {
            return null;
        }

        var input = InputParser.Parse(message.Text);
        return input is TextInput { Text.Length: 0 } ? null : new IncomingUpdate(updateId, message.Chat.Id, input, null, language);
    }

    private static IChatUpdate? MapMembership(long updateId, ChatMemberUpdated membership)
    {
        var status = membership.NewChatMember.Status;
        if (membership.Chat.Type == ChatType.Private)
        {
            return status switch
            {
                ChatMemberStatus.Kicked => new MembershipChange(updateId, membership.Chat.Id, Blocked: true),
                ChatMemberStatus.Member => new MembershipChange(updateId, membership.Chat.Id, Blocked: false),
                _ => null,
            };
        }

        var added = membership.Chat.Type is ChatType.Group or ChatType.Supergroup or ChatType.Channel
            && status is ChatMemberStatus.Member or ChatMemberStatus.Administrator;
        return added ? new GroupChatActivity(updateId, membership.Chat.Id, membership.From.LanguageCode) : null;
    }

    /// <summary>A command addressed to some other bot (<c>/start@OtherBot</c>) is not for this one.</summary>
    private static bool IsForAnotherBot(string? text, string? botUsername) =>
        text is not null && InputParser.AddressedBot(text) is { } addressed && !string.Equals(addressed, botUsername, StringComparison.OrdinalIgnoreCase);
}
