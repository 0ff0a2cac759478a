using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipKnee.Bot.Telegram;

/// <summary>Turns outbox messages into Bot API calls and classifies what Telegram answers.</summary>
public sealed class TelegramReplyTransport(ITelegramBotClient bot, SecretRedactor redactor) : IReplyTransport
{
    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            return message.Kind switch
            {
                OutboxKind.CallbackAnswer => await AnswerAsync(message, ct),
                OutboxKind.Edit => Sent(await bot.EditMessageText(message.ChatId, message.TelegramMessageId ?? 0, message.Text ?? "", cancellationToken: ct)),
                OutboxKind.Photo => Sent(await bot.SendPhoto(message.ChatId, File(message), caption: message.Text, cancellationToken: ct)),
                OutboxKind.Document => Sent(await bot.SendDocument(message.ChatId, File(message), caption: message.Text, cancellationToken: ct)),
                _ => Sent(await bot.SendMessage(message.ChatId, message.Text ?? "", replyMarkup: Keyboard(message.ButtonsJson), cancellationToken: ct)),
            };
        }
        catch (ApiRequestException ex)
        {
            return Classify(message, ex);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return new SendResult.Retry($"network: {redactor.Redact(ex.Message)}", null);
        }
    }

    private SendResult Classify(OutboxMessage message, ApiRequestException ex)
    {
        var description = redactor.Redact(ex.Message);
        return ex.ErrorCode switch
        {
            429 => new SendResult.Retry($"429 {description}", TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1))),
            >= 500 => new SendResult.Retry($"{ex.ErrorCode} {description}", null),
            400 when description.Contains("message is not modified", StringComparison.OrdinalIgnoreCase) => SendResult.Sent,
            // A button answer that came too late is harmless: the spinner has already stopped.
            400 when message.Kind == OutboxKind.CallbackAnswer && description.Contains("query is too old", StringComparison.OrdinalIgnoreCase) => SendResult.Sent,
            _ => new SendResult.Rejected($"{ex.ErrorCode} {description}"),
        };
    }

    private async Task<SendResult> AnswerAsync(OutboxMessage message, CancellationToken ct)
    {
        await bot.AnswerCallbackQuery(message.CallbackQueryId ?? "", message.Text, cancellationToken: ct);
        return SendResult.Sent;
    }

    private static SendResult Sent(Message sent) => new SendResult.Delivered(sent.MessageId);

    private static InputFileStream File(OutboxMessage message) =>
        InputFile.FromStream(new MemoryStream(message.Payload ?? []), message.FileName ?? "file");

    private static InlineKeyboardMarkup? Keyboard(string? buttonsJson)
    {
        var rows = OutboxWriter.ReadButtons(buttonsJson);
        return rows.Count == 0
            ? null
            : new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));
    }
}
