using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Bot.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Scheduling;

/// <summary>Training-day nudges: users whose next nudge instant has come.</summary>
public sealed class ReminderScanner(
    IServiceScopeFactory scopes, TimeProvider time, OutboxSignal outbox, HipKneeMetrics metrics, IOptions<RemindersOptions> reminders,
    IOptions<TelegramOptions> telegram, ILogger<ReminderScanner> logger)
    : DueUserScanner(scopes, time, outbox, metrics, logger)
{
    /// <summary>The earliest a reminder goes out when a fan-out starts early.</summary>
    public static readonly TimeSpan MaxLead = TimeSpan.FromMinutes(30);

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

    /// <summary>
    /// With <see cref="RemindersOptions.StartFanOutsEarly"/>: half the time the reminders due within <see cref="MaxLead"/>
    /// take at the bulk rate, so as many go before their minute as after it.
    /// </summary>
    protected override async Task<TimeSpan> LeadAsync(HipKneeDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        if (!reminders.Value.StartFanOutsEarly)
        {
            return TimeSpan.Zero;
        }

        var horizon = now + MaxLead;
        var coming = await db.Users.CountAsync(u => u.IsActive && u.NextNudgeAt != null && u.NextNudgeAt > now && u.NextNudgeAt <= horizon, ct);
        var settings = telegram.Value;
        var perSecond = settings.AllowPaidBroadcast ? settings.MaxPaidMessagesPerSecond : settings.MaxMessagesPerSecond;
        var lead = TimeSpan.FromSeconds(coming / (2.0 * perSecond));
        return lead < MaxLead ? lead : MaxLead;
    }

    protected override void Count(Decision decision) =>
        (decision.Replies.Count > 0 ? Metrics.RemindersSent : Metrics.RemindersSkipped).Inc();
}
