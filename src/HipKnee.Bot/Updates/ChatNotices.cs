using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Texts;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Updates;

/// <summary>Updates that are no conversation turn: membership changes, group chats and flood notices. Run inside the update's transaction.</summary>
internal static class ChatNotices
{
    /// <summary>Blocked or unblocked: the coach decides (inactive; active again and greeted back once); a block also drops what was waiting.</summary>
    public static async Task ApplyAsync(HipKneeDbContext db, MembershipChange change, DateTimeOffset now, CancellationToken ct)
    {
        if (change.Blocked)
        {
            await ChatUnreachable.DropPendingAsync(db, change.ChatId, "the user blocked the bot", ct);
        }

        // A user the bot has never talked to is greeted by their /start, not here.
        if (await db.Users.FindAsync([change.ChatId], ct) is not { } user)
        {
            return;
        }

        var state = UserStateMapping.ToState(user);
        var decision = Coach.Decide(state, change.Blocked ? new BlockedInput() : new UnblockedInput(), now);
        if (decision.Next != state)
        {
            UserStateMapping.Apply(decision.Next, user, now);
        }

        OutboxWriter.Add(db, change.ChatId, null, decision.Replies, now, language: decision.Next.Language);
    }

    /// <summary>A group or channel: the Core's answer (<see cref="GroupChats"/>), remembering that it was pointed to a private chat.</summary>
    public static async Task ApplyAsync(HipKneeDbContext db, GroupChatActivity activity, DateTimeOffset now, CancellationToken ct)
    {
        var pointed = await db.PointedGroupChats.FindAsync([activity.ChatId], ct) is not null;
        if (!pointed)
        {
            db.PointedGroupChats.Add(new PointedGroupChat { ChatId = activity.ChatId, PointedAt = now });
        }

        OutboxWriter.Add(db, activity.ChatId, null, GroupChats.Answer(pointed, activity.LanguageCode), now);
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
