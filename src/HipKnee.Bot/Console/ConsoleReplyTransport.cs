using HipKnee.Core.Conversation;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Pictures;

namespace HipKnee.Bot.Console;

/// <summary>
/// Prints replies to the console, with buttons shown as <c>[Done] [Skip]</c> hints; pictures, charts and export files
/// are written to a folder and their paths printed, so someone trying the bot without Telegram can open them.
/// </summary>
public sealed class ConsoleReplyTransport(
    TextWriter output, ConsoleButtons? buttons = null, string filesFolder = ConsoleReplyTransport.DefaultFilesFolder) : IReplyTransport
{
    public const string DefaultFilesFolder = "hipknee-console-files";

    /// <summary>Configuration key naming another folder for the files.</summary>
    public const string FilesFolderKey = "Console:FilesFolder";

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var text = message.Kind switch
        {
            // A button's short answer (e.g. "That offer has passed.") would be a toast in Telegram; here a line in brackets.
            OutboxKind.CallbackAnswer => message.Text is { Length: > 0 } toast ? $"({toast})" : null,
            OutboxKind.Edit => "↻ " + message.Text,
            OutboxKind.Photo or OutboxKind.Document or OutboxKind.ExercisePicture => await SaveAsync(message, ct) + (message.Text is { } caption ? "\n" + caption : ""),
            _ => message.Text,
        };
        if (text is null)
        {
            return SendResult.Sent;
        }

        await output.WriteLineAsync(text.AsMemory(), ct);
        // The console has no Mini App to open.
        var rows = AppButton.Without(OutboxWriter.ReadButtons(message.ButtonsJson));
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

    /// <summary>Writes the file the bot would send and says where it is.</summary>
    private async Task<string> SaveAsync(OutboxMessage message, CancellationToken ct)
    {
        // Only the name is kept: a stored file name never chooses the folder.
        var name = Path.GetFileName(message.FileName ?? "") is { Length: > 0 } plain ? plain : $"file-{message.Id}";
        var bytes = message.Kind == OutboxKind.ExercisePicture ? ExercisePictureFiles.Png(name) : message.Payload;
        if (bytes is null)
        {
            return $"[{name}: no such picture]";
        }

        var folder = Path.GetFullPath(filesFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, bytes, ct);
        return $"[{path}, {bytes.Length} bytes]";
    }
}
