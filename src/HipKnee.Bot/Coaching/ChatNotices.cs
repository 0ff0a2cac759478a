using HipKnee.Bot.Delivery;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Texts;

namespace HipKnee.Bot.Coaching;

/// <summary>Updates that never reach the coach: membership changes, group chats and flood notices. Run inside the update's transaction.</summary>
internal static class ChatNotices
{
    /// <summary>Blocked: inactive, nothing more is sent. Unblocked: active again, greeted back once.</summary>
    public static async Task ApplyAsync(HipKneeDbContext db, MembershipChange change, DateTimeOffset now, CancellationToken ct)
    {
        var user = await db.Users.FindAsync([change.ChatId], ct);
        if (change.Blocked)
        {
            await ChatUnreachable.DropPendingAsync(db, change.ChatId, "the user blocked the bot", ct);
        }

        // A user the bot has never talked to is greeted by their /start, not here; a repeated change changes nothing.
        var active = !change.Blocked;
        if (user is null || user.IsActive == active)
        {
            return;
        }

        user.IsActive = active;
        user.UpdatedAt = now;
        user.Version++;
        if (active)
        {
            Say(db, change.ChatId, CoachTexts.For(user.Language).WelcomeBack, now);
        }
    }

    /// <summary>The first sign of life in a group or channel gets one pointer to a private chat; everything after, silence.</summary>
    public static async Task ApplyAsync(HipKneeDbContext db, GroupChatActivity activity, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.PointedGroupChats.FindAsync([activity.ChatId], ct) is not null)
        {
            return;
        }

        db.PointedGroupChats.Add(new PointedGroupChat { ChatId = activity.ChatId, PointedAt = now });
        Say(db, activity.ChatId, TextsFor(activity.LanguageCode).PrivateChatOnly, now);
    }

    public static async Task ApplyAsync(HipKneeDbContext db, SlowDownNotice notice, DateTimeOffset now, CancellationToken ct)
    {
        var user = await db.Users.FindAsync([notice.ChatId], ct);
        Say(db, notice.ChatId, TextsFor(user?.Language ?? notice.LanguageCode).SlowDown, now);
    }

    private static ICoachTexts TextsFor(string? language) => CoachTexts.For(language ?? "en");

    private static void Say(HipKneeDbContext db, long chatId, string text, DateTimeOffset now) =>
        OutboxWriter.Add(db, chatId, null, [new TextReply(text)], now);
}
