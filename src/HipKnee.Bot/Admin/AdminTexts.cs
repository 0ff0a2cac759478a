using System.Globalization;

namespace HipKnee.Bot.Admin;

/// <summary>What the bot says to its operators (admin chats only, English).</summary>
internal static class AdminTexts
{
    public const string SendLabel = "Send";
    public const string CancelLabel = "Cancel";
    public const string BroadcastUsage = "Usage: /broadcast <text> — sends the text to every active user, after you confirm.";
    public const string Cancelled = "Broadcast cancelled; nothing was sent.";
    public const string AlreadyHandled = "That broadcast was already confirmed or cancelled.";

    public static string Stats(AdminStats stats) => Invariant(
        $"HipKnee status\nUsers: {stats.Users:N0} ({stats.ActiveUsers:N0} active)\nSessions started in the last 7 days: {stats.SessionsThisWeek:N0}\nReminders sent today (UTC): {stats.RemindersToday:N0}\nOutbox: {stats.OutboxDepth:N0} waiting");

    public static string Confirm(int recipients, string text) =>
        Invariant($"Send this to {recipients:N0} active users?\n\n{text}");

    public static string Confirmed(long id, int recipients) =>
        Invariant($"Broadcast #{id} is being queued for {recipients:N0} active users through the rate-limited sender. I'll report when it is done.");

    public static string Queued(long id, int queued, int perSecond) =>
        Invariant($"Broadcast #{id}: all {queued:N0} copies are queued; at {perSecond} messages a second that takes about {Math.Max(1, queued / Math.Max(1, perSecond) / 60)} min.");

    public static string Finished(long id, int delivered, int failed, int dropped) =>
        Invariant($"Broadcast #{id} finished: {delivered:N0} delivered, {failed:N0} failed, {dropped:N0} not sent (the user blocked the bot).");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
