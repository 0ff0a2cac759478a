using System.Globalization;
using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Admin;

/// <summary>
/// /admin and /broadcast for the chats in <c>Coach:AdminChatIds</c>, inside the update's transaction.
/// For anyone else nothing happens here, so they get the coach's answer to an unknown command or a stale button.
/// </summary>
public sealed class AdminCommands(IOptions<CoachOptions> options, BroadcastSignal broadcasts)
{
    private const string ButtonPrefix = "bc:";

    /// <summary>True when the update was an admin command (its replies are staged); false to let the coach answer.</summary>
    public async Task<bool> TryHandleAsync(HipKneeDbContext db, IncomingUpdate update, DateTimeOffset now, CancellationToken ct)
    {
        if (!options.Value.AdminChatIds.Contains(update.ChatId))
        {
            return false;
        }

        IReadOnlyList<Reply>? replies = update.Input switch
        {
            CommandInput { Name: "admin" } => [new TextReply(AdminTexts.Stats(await AdminStats.ReadAsync(db, now, ct)))],
            CommandInput { Name: "broadcast" } command => await PrepareAsync(db, update.ChatId, command.Args, now, ct),
            StaleButton { Data: var data } when data.StartsWith(ButtonPrefix, StringComparison.Ordinal) => await AnswerAsync(db, update.ChatId, data, ct),
            _ => null,
        };
        if (replies is null)
        {
            return false;
        }

        OutboxWriter.Add(db, update.ChatId, update.CallbackQueryId, replies, now);
        return true;
    }

    private static async Task<IReadOnlyList<Reply>> PrepareAsync(HipKneeDbContext db, long adminChatId, string text, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new TextReply(AdminTexts.BroadcastUsage)];
        }

        var broadcast = new BroadcastRecord { AdminChatId = adminChatId, Text = text.Trim(), CreatedAt = now };
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync(ct);
        var recipients = await db.Users.CountAsync(u => u.IsActive, ct);
        ReplyButton[] row =
        [
            new(AdminTexts.SendLabel, Button("y", broadcast.Id)),
            new(AdminTexts.CancelLabel, Button("n", broadcast.Id)),
        ];
        return [new TextReply(AdminTexts.Confirm(recipients, broadcast.Text), [row])];
    }

    private async Task<IReadOnlyList<Reply>> AnswerAsync(HipKneeDbContext db, long adminChatId, string data, CancellationToken ct)
    {
        var parts = data.Split(':');
        var broadcast = parts.Length == 3 && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Broadcasts.SingleOrDefaultAsync(b => b.Id == id && b.AdminChatId == adminChatId, ct)
            : null;
        if (broadcast is not { Status: BroadcastStatus.AwaitingConfirmation })
        {
            return [new CallbackAnswer(AdminTexts.AlreadyHandled)];
        }

        broadcast.Version++;
        if (parts[1] != "y")
        {
            broadcast.Status = BroadcastStatus.Cancelled;
            return [new CallbackAnswer(null), new TextReply(AdminTexts.Cancelled)];
        }

        broadcast.Status = BroadcastStatus.Queuing;
        broadcasts.Notify();
        var recipients = await db.Users.CountAsync(u => u.IsActive, ct);
        return [new CallbackAnswer(null), new TextReply(AdminTexts.Confirmed(broadcast.Id, recipients))];
    }

    private static string Button(string answer, long id) => string.Create(CultureInfo.InvariantCulture, $"{ButtonPrefix}{answer}:{id}");
}
