using HipKnee.Bot.Coaching;
using HipKnee.Core.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HipKnee.Bot.Telegram;

/// <summary>Maps a Telegram update to what the coach understands, or null when the coach should ignore it.</summary>
public static class UpdateMapper
{
    public static IncomingUpdate? Map(Update update, string? botUsername)
    {
        if (update.Message is { } message)
        {
            return MapMessage(update.Id, message, botUsername);
        }

        if (update.CallbackQuery is { } query && query.Message?.Chat is { Type: ChatType.Private } chat)
        {
            return new IncomingUpdate(update.Id, chat.Id, new ButtonInput(query.Data ?? ""), query.Id, query.From.LanguageCode);
        }

        // Edited messages, member updates and other kinds never change a user's progress.
        return null;
    }

    private static IncomingUpdate? MapMessage(long updateId, Message message, string? botUsername)
    {
        if (message.Chat.Type != ChatType.Private || message.From is null or { IsBot: true })
        {
            return null;
        }

        if (message.Text is not { } text)
        {
            return new IncomingUpdate(updateId, message.Chat.Id, new NonTextInput(), null, message.From.LanguageCode);
        }

        var addressed = InputParser.AddressedBot(text);
        if (addressed is not null && !string.Equals(addressed, botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new IncomingUpdate(updateId, message.Chat.Id, InputParser.Parse(text), null, message.From.LanguageCode);
    }
}
