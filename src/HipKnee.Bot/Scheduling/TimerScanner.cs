using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Scheduling;

/// <summary>Hold timers: users whose countdown is due for its next edit or for time's up.</summary>
public sealed class TimerScanner(IServiceScopeFactory scopes, TimeProvider time, OutboxSignal outbox, HipKneeMetrics metrics, ILogger<TimerScanner> logger)
    : DueUserScanner(scopes, time, outbox, metrics, logger)
{
    protected override string What => "hold timer";

    protected override Input DueInput { get; } = new TimerDueInput();

    protected override IQueryable<UserRecord> Due(IQueryable<UserRecord> users, DateTimeOffset now) =>
        users.Where(u => u.IsActive && u.NextTimerAt != null && u.NextTimerAt <= now).OrderBy(u => u.NextTimerAt);

    protected override DateTimeOffset? NextAt(UserRecord user) => user.NextTimerAt;

    protected override void Clear(UserRecord user)
    {
        user.NextTimerAt = null;
        user.TimerSession = null;
    }
}
