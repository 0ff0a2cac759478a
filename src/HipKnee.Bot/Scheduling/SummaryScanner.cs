using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Scheduling;

/// <summary>Weekly summaries: users whose next summary instant (the last evening of their week) has come.</summary>
public sealed class SummaryScanner(IServiceScopeFactory scopes, TimeProvider time, OutboxSignal outbox, HipKneeMetrics metrics, ILogger<SummaryScanner> logger)
    : DueUserScanner(scopes, time, outbox, metrics, logger)
{
    protected override string What => "weekly summary";

    protected override Input DueInput { get; } = new SummaryDueInput();

    protected override IQueryable<UserRecord> Due(IQueryable<UserRecord> users, DateTimeOffset now) =>
        users.Where(u => u.IsActive && u.NextSummaryAt != null && u.NextSummaryAt <= now).OrderBy(u => u.NextSummaryAt);

    protected override OutboxTopic Topic => OutboxTopic.Summary;

    protected override DateTimeOffset? NextAt(UserRecord user) => user.NextSummaryAt;

    protected override void Clear(UserRecord user) => user.NextSummaryAt = null;
}
