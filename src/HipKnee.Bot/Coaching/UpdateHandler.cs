using HipKnee.Bot.Admin;
using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Coaching;

/// <summary>
/// Handles one update in one transaction: load the user, let the coach decide, then save the new state,
/// the session records, the replies (outbox) and the processed update id together.
/// </summary>
public sealed class UpdateHandler(HipKneeDbContext db, TimeProvider time, HipKneeMetrics metrics, ReplyCooldown cooldown, AdminCommands? admin = null)
{
    private readonly List<Reply> _attachments = [];
    private string? _served;

    /// <summary>
    /// Returns false when the update had already been handled. <paramref name="fromInbox"/>: the update waits in the
    /// webhook inbox, and leaves it in this transaction.
    /// </summary>
    public async Task<bool> HandleAsync(IChatUpdate update, CancellationToken ct, bool fromInbox = false)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginOrCloseAsync(ct);
        if (update.UpdateId is { } seen && await db.ProcessedUpdates.AnyAsync(p => p.UpdateId == seen, ct))
        {
            return false;
        }

        switch (update)
        {
            case IncomingUpdate incoming:
                await CoachAsync(incoming, now, ct);
                break;
            case MembershipChange change:
                await ChatNotices.ApplyAsync(db, change, now, ct);
                break;
            case GroupChatActivity activity:
                await ChatNotices.ApplyAsync(db, activity, now, ct);
                break;
            case SlowDownNotice notice:
                await ChatNotices.ApplyAsync(db, notice, now, ct);
                break;
        }

        if (update.UpdateId is { } id)
        {
            db.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = id, ProcessedAt = now });
            if (fromInbox)
            {
                await db.Inbox.Where(i => i.UpdateId == id).ExecuteDeleteAsync(ct);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (_served is { } command)
        {
            cooldown.MarkServed(update.ChatId, command, now);
        }

        if (_attachments.Count > 0)
        {
            await AttachmentsAfterCommit.WriteAsync(db, update.ChatId, _attachments, now, ct);
        }

        return true;
    }

    private async Task CoachAsync(IncomingUpdate update, DateTimeOffset now, CancellationToken ct)
    {
        if (admin is not null && await admin.TryHandleAsync(db, update, now, ct))
        {
            return;
        }

        var user = await db.Users.FindAsync([update.ChatId], ct);
        if (ReplyCooldown.CommandOf(update.Input) is { } command)
        {
            if (user is not null && cooldown.IsCoolingDown(update.ChatId, command, now))
            {
                var texts = (ICooldownTexts)CoachTexts.For(user.Language);
                OutboxWriter.Add(db, update.ChatId, update.CallbackQueryId, [new TextReply(texts.JustSentYouThat)], now);
                return;
            }

            _served = command;
        }

        if (user is null)
        {
            user = UserStateMapping.NewUser(update.ChatId, update.LanguageCode, now);
            db.Users.Add(user);
        }

        await UserDecision.ApplyAsync(db, metrics, user, update.Input, now, ct, update.CallbackQueryId, update.LanguageCode, attachments: _attachments);
        user.IsActive = true;
    }
}
