using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Pictures;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using Microsoft.Extensions.Options;
using HipKnee.Core.Conversation;
using HipKnee.Bot.Telegram;
using HipKnee.Bot.WebApp;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>Turns outbox messages into Bot API calls and classifies what Telegram answers.</summary>
public sealed class TelegramReplyTransport(
    ITelegramBotClient bot, SecretRedactor redactor, PictureFileIds pictureIds, IOptions<TelegramOptions> options,
    IOptions<WebApp.WebAppOptions> webApp) : IReplyTransport
{
    /// <summary>Telegram shows at most 200 characters of a button answer.</summary>
    private const int MaxCallbackAnswerLength = 200;

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        // Paid only for bulk (reminders, summaries, broadcasts): replies stay within the free limit.
        var paid = options.Value.AllowPaidBroadcast && SendLanes.Of(message) == SendLane.Bulk;
        try
        {
            return message.Kind switch
            {
                OutboxKind.CallbackAnswer => await AnswerAsync(message, ct),
                OutboxKind.Edit => Sent(await bot.EditMessageText(message.ChatId, message.TelegramMessageId ?? 0, message.Text ?? "", cancellationToken: ct)),
                OutboxKind.Photo => Sent(await bot.SendPhoto(message.ChatId, File(message), caption: message.Text, allowPaidBroadcast: paid, cancellationToken: ct)),
                OutboxKind.ExercisePicture => await SendExercisePictureAsync(message, ct),
                OutboxKind.Document => Sent(await bot.SendDocument(message.ChatId, File(message), caption: message.Text, allowPaidBroadcast: paid, cancellationToken: ct)),
                _ => Sent(await bot.SendMessage(message.ChatId, message.Text ?? "", replyMarkup: Keyboard(message.ButtonsJson), allowPaidBroadcast: paid, cancellationToken: ct)),
            };
        }
        catch (ApiRequestException ex)
        {
            return TelegramErrorClassifier.Classify(message.Kind, ex.ErrorCode, redactor.Redact(ex.Message), ex.Parameters?.RetryAfter);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // Network failures, dropped connections, timeouts and unreadable answers: all worth another try.
            return new SendResult.Transient($"network: {redactor.Describe(ex)}");
        }
    }

    /// <summary>
    /// By Telegram's file id when one is stored; otherwise, or when Telegram refuses the id (400), the PNG is uploaded
    /// once and the new id stored for every later copy.
    /// </summary>
    private async Task<SendResult> SendExercisePictureAsync(OutboxMessage message, CancellationToken ct)
    {
        var name = message.FileName ?? "";
        if (await SendByStoredIdAsync(message, name, ct) is { } byId)
        {
            return Sent(byId);
        }

        if (ExercisePictureFiles.Png(name) is not { } png)
        {
            return new SendResult.Rejected($"no exercise picture named {name}");
        }

        var gate = pictureIds.UploadGate(name);
        await gate.WaitAsync(ct);
        try
        {
            // Another chat's courier may have uploaded it while this one waited for its turn.
            if (await SendByStoredIdAsync(message, name, ct) is { } afterWait)
            {
                return Sent(afterWait);
            }

            var sent = await SendPhotoAsync(message, InputFile.FromStream(new MemoryStream(png), name), ct);
            if (sent.Photo?.MaxBy(size => size.Width)?.FileId is { } uploaded)
            {
                await pictureIds.RememberAsync(name, uploaded, ct);
            }

            return Sent(sent);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The photo sent by its stored file id; null when none is stored or Telegram refused it (then it is forgotten).</summary>
    private async Task<Message?> SendByStoredIdAsync(OutboxMessage message, string name, CancellationToken ct)
    {
        if (await pictureIds.FindAsync(name, ct) is not { } fileId)
        {
            return null;
        }

        try
        {
            return await SendPhotoAsync(message, InputFile.FromFileId(fileId), ct);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("file", StringComparison.OrdinalIgnoreCase))
        {
            await pictureIds.ForgetAsync(name, fileId, ct);
            return null;
        }
    }

    private Task<Message> SendPhotoAsync(OutboxMessage message, InputFile photo, CancellationToken ct) =>
        bot.SendPhoto(message.ChatId, photo, caption: message.Text, replyMarkup: Keyboard(message.ButtonsJson), cancellationToken: ct);

    private async Task<SendResult> AnswerAsync(OutboxMessage message, CancellationToken ct)
    {
        var toast = message.Text is { Length: > MaxCallbackAnswerLength } text ? text[..MaxCallbackAnswerLength] : message.Text;
        await bot.AnswerCallbackQuery(message.CallbackQueryId ?? "", toast, cancellationToken: ct);
        return SendResult.Sent;
    }

    private static SendResult Sent(Message sent) => new SendResult.Delivered(sent.MessageId);

    private static InputFileStream File(OutboxMessage message) =>
        InputFile.FromStream(new MemoryStream(message.Payload ?? []), message.FileName ?? "file");

    private InlineKeyboardMarkup? Keyboard(string? buttonsJson)
    {
        var url = webApp.Value.Url is { Length: > 0 } configured ? configured : null;
        var rows = OutboxWriter.ReadButtons(buttonsJson);
        rows = url is null ? AppButton.Without(rows) : rows;
        return rows.Count == 0
            ? null
            : new InlineKeyboardMarkup(rows.Select(row => row.Select(b => b.Data == AppButton.Data
                ? InlineKeyboardButton.WithWebApp(b.Label, new WebAppInfo(url!))
                : InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));
    }
}
