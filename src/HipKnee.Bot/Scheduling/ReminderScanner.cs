using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Scheduling;

/// <summary>Training-day nudges: users whose next nudge instant has come.</summary>
public sealed class ReminderScanner(IServiceScopeFactory scopes, TimeProvider time, OutboxSignal outbox, HipKneeMetrics metrics, ILogger<ReminderScanner> logger)
    : DueUserScanner(scopes, time, outbox, metrics, logger)
{
    protected override string What => "reminder";

    protected override Input DueInput { get; } = new ReminderDueInput();

    protected override IQueryable<UserRecord> Due(IQueryable<UserRecord> users, DateTimeOffset now) =>
        users.Where(u => u.IsActive && u.NextNudgeAt != null && u.NextNudgeAt <= now).OrderBy(u => u.NextNudgeAt);

    protected override DateTimeOffset? NextAt(UserRecord user) => user.NextNudgeAt;

    protected override void Clear(UserRecord user) => user.NextNudgeAt = null;

    protected override OutboxTopic Topic => OutboxTopic.Reminder;

    /// <summary>A reminder usually just moves the nudge on (and counts today's nudges).</summary>
    protected override IReadOnlyList<string> FastColumns { get; } =
    [
        nameof(UserRecord.NextNudgeAt), nameof(UserRecord.NextNudgeKind), nameof(UserRecord.NextNudgeDay),
        nameof(UserRecord.NudgedDay), nameof(UserRecord.NudgesOnNudgedDay),
    ];

    protected override void Count(Decision decision) =>
        (decision.Replies.Count > 0 ? Metrics.RemindersSent : Metrics.RemindersSkipped).Inc();
}
