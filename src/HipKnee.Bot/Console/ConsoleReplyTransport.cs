using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Console;

/// <summary>Prints replies to the console, with buttons shown as <c>[Done] [Skip]</c> hints.</summary>
public sealed class ConsoleReplyTransport(TextWriter output) : IReplyTransport
{
    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind == OutboxKind.CallbackAnswer)
        {
            return SendResult.Sent;
        }

        await output.WriteLineAsync(message.Text.AsMemory(), ct);
        var rows = OutboxWriter.ReadButtons(message.ButtonsJson);
        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join(' ', row.Select(b => $"[{b.Label}]")).AsMemory(), ct);
        }

        await output.WriteLineAsync();
        await output.FlushAsync(ct);
        return SendResult.Sent;
    }
}
