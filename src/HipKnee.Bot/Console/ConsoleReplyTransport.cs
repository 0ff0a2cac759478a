using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Console;

/// <summary>Prints replies to the console, with buttons shown as <c>[Done] [Skip]</c> hints and files by name.</summary>
public sealed class ConsoleReplyTransport(TextWriter output, ConsoleButtons? buttons = null) : IReplyTransport
{
    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var text = message.Kind switch
        {
            // A button's short answer (e.g. "That offer has passed.") would be a toast in Telegram; here a line in brackets.
            OutboxKind.CallbackAnswer => message.Text is { Length: > 0 } toast ? $"({toast})" : null,
            OutboxKind.Edit => "↻ " + message.Text,
            OutboxKind.Photo or OutboxKind.Document => $"[{message.FileName}, {message.Payload?.Length ?? 0} bytes]" + (message.Text is { } caption ? "\n" + caption : ""),
            _ => message.Text,
        };
        if (text is null)
        {
            return SendResult.Sent;
        }

        await output.WriteLineAsync(text.AsMemory(), ct);
        var rows = OutboxWriter.ReadButtons(message.ButtonsJson);
        buttons?.Show(rows);
        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join(' ', row.Select(b => $"[{b.Label}]")).AsMemory(), ct);
        }

        await output.WriteLineAsync();
        await output.FlushAsync(ct);
        // The console has no message ids; the outbox row's own id lets a countdown find its message.
        return new SendResult.Delivered((int)message.Id);
    }
}
