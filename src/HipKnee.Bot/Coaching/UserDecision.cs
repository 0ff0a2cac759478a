using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Coaching;

/// <summary>Runs the coach for one loaded user and stages everything it decided in the caller's unit of work.</summary>
internal static class UserDecision
{
    public static async Task<Decision> ApplyAsync(HipKneeDbContext db, HipKneeMetrics metrics, UserRecord user, Input input, DateTimeOffset now, CancellationToken ct,
        string? callbackQueryId = null, string? languageCode = null)
    {
        var state = UserStateMapping.ToState(user);
        var decision = Coach.Decide(state with { LanguageCode = languageCode ?? state.LanguageCode }, input, now);
        await StageAsync(db, metrics, user, decision, now, ct, callbackQueryId);
        return decision;
    }

    /// <summary>Stages a decision already taken for a tracked (or attached) user.</summary>
    public static async Task StageAsync(HipKneeDbContext db, HipKneeMetrics metrics, UserRecord user, Decision decision, DateTimeOffset now, CancellationToken ct,
        string? callbackQueryId = null)
    {
        UserStateMapping.Apply(decision.Next, user, now);
        await SessionEventWriter.WriteAsync(db, user.ChatId, decision.Events, ct);
        OutboxWriter.Add(db, user.ChatId, callbackQueryId, decision.Replies, now);
        metrics.Record(decision.Events);
    }
}
