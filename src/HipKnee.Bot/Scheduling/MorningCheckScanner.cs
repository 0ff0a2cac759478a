using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Scheduling;

/// <summary>Next-morning checks: users whose "Your knee this morning?" instant (the morning after a session) has come.</summary>
public sealed class MorningCheckScanner(IServiceScopeFactory scopes, TimeProvider time, OutboxSignal outbox, HipKneeMetrics metrics, ILogger<MorningCheckScanner> logger)
    : DueUserScanner(scopes, time, outbox, metrics, logger)
{
    protected override string What => "morning check";

    protected override Input DueInput { get; } = new MorningCheckDueInput();

    protected override IQueryable<UserRecord> Due(IQueryable<UserRecord> users, DateTimeOffset now) =>
        users.Where(u => u.IsActive && u.NextMorningCheckAt != null && u.NextMorningCheckAt <= now).OrderBy(u => u.NextMorningCheckAt);

    protected override OutboxTopic Topic => OutboxTopic.Reminder;

    protected override DateTimeOffset? NextAt(UserRecord user) => user.NextMorningCheckAt;

    protected override void Clear(UserRecord user) => user.NextMorningCheckAt = null;
}
