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
        var stored = UserStateMapping.ToState(user);
        var state = stored with { LanguageCode = languageCode ?? stored.LanguageCode };
        var history = await HistoryLoader.LoadAsync(db, user, HistoryWindow.Since(state, input, now), ct);
        var decision = Coach.Decide(state, input, now, history);
        if (decision.Events.Any(e => e is DataErased))
        {
            await UserEraser.EraseAsync(db, user, ct);
        }
        else
        {
            UserStateMapping.Apply(decision.Next, user, now);
            await SessionEventWriter.WriteAsync(db, user.ChatId, decision.Events, decision.Next.LocalDate, ct);
        }

        OutboxWriter.Add(db, user.ChatId, callbackQueryId, decision.Replies, now);
        metrics.Record(decision.Events);
        return decision;
    }
}
