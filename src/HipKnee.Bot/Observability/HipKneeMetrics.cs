using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;
using Prometheus;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Observability;

/// <summary>
/// The bot's Prometheus metrics, in a registry of its own (so two hosts in one process never share counts).
/// Gauges that need the database are read when /metrics is scraped.
/// </summary>
public sealed class HipKneeMetrics
{
    private readonly IServiceScopeFactory _scopes;

    public HipKneeMetrics(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        var factory = Metrics.WithCustomRegistry(Registry);
        UpdatesReceived = factory.CreateCounter("hipknee_updates_received_total", "Telegram updates received, by update type.", "type");
        UpdateHandling = factory.CreateHistogram("hipknee_update_handling_seconds", "Time to handle one update, from intake to commit.",
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.001, 2, 14) });
        RepliesSent = factory.CreateCounter("hipknee_replies_sent_total", "Bot API calls that delivered a reply, by kind.", "kind");
        SendErrors = factory.CreateCounter("hipknee_send_errors_total", "Failed Bot API send attempts, by class of error: 429, 403 (chat unreachable), 400 (rejected), 5xx (server or network).", "code");
        SessionsStarted = factory.CreateCounter("hipknee_sessions_started_total", "Guided sessions started.");
        SessionsCompleted = factory.CreateCounter("hipknee_sessions_completed_total", "Guided sessions completed (all eight sets answered).");
        RemindersSent = factory.CreateCounter("hipknee_reminders_sent_total", "Reminder nudges enqueued.");
        RemindersSkipped = factory.CreateCounter("hipknee_reminders_skipped_total", "Due nudges not sent (trained already, declined, too late, or limit reached).");
        _outboxDepth = factory.CreateGauge("hipknee_outbox_depth", "Replies waiting in the outbox.");
        _activeUsers = factory.CreateGauge("hipknee_active_users", "Users who have not blocked the bot.");
        _deadLetters = factory.CreateGauge("hipknee_dead_letters", "Updates set aside after failing against a working database (the DeadLetters table); never deleted by the bot.");
        Registry.AddBeforeCollectCallback(RefreshGaugesAsync);
    }

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();
    public Counter UpdatesReceived { get; }
    public Histogram UpdateHandling { get; }
    public Counter RepliesSent { get; }
    public Counter SendErrors { get; }
    public Counter SessionsStarted { get; }
    public Counter SessionsCompleted { get; }
    public Counter RemindersSent { get; }
    public Counter RemindersSkipped { get; }

    private readonly Gauge _outboxDepth;
    private readonly Gauge _activeUsers;
    private readonly Gauge _deadLetters;

    public void Record(IReadOnlyList<SessionEvent> events)
    {
        foreach (var sessionEvent in events)
        {
            switch (sessionEvent)
            {
                case SessionStarted:
                    SessionsStarted.Inc();
                    break;
                case SessionEnded { Outcome: SessionOutcome.Completed }:
                    SessionsCompleted.Inc();
                    break;
            }
        }
    }

    /// <summary>Counts one send attempt's outcome: a delivered reply by kind, or an error by its class of code.</summary>
    public void RecordSend(OutboxKind kind, SendResult result)
    {
        switch (result)
        {
            case SendResult.Delivered:
                RepliesSent.WithLabels(kind.ToString()).Inc();
                break;
            case SendResult.RateLimited:
                SendErrors.WithLabels("429").Inc();
                break;
            case SendResult.ChatUnreachable:
                SendErrors.WithLabels("403").Inc();
                break;
            case SendResult.Transient:
                SendErrors.WithLabels("5xx").Inc();
                break;
            case SendResult.Rejected:
                SendErrors.WithLabels("400").Inc();
                break;
        }
    }

    private async Task RefreshGaugesAsync(CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        _outboxDepth.Set(await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending, ct));
        _activeUsers.Set(await db.Users.CountAsync(u => u.IsActive, ct));
        _deadLetters.Set(await db.DeadLetters.CountAsync(ct));
    }
}
