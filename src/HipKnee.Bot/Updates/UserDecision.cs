using HipKnee.Bot.Observability;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Privacy;
using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Bot.Updates;

/// <summary>Runs the coach for one loaded user and stages everything it decided in the caller's unit of work.</summary>
internal static class UserDecision
{
    /// <param name="attachments">When given, files to render (the /stats chart, the /export documents) are left here
    /// for the caller to write after its commit, instead of being rendered inside its transaction.</param>
    public static async Task<Decision> ApplyAsync(HipKneeDbContext db, HipKneeMetrics metrics, UserRecord user, Input input, DateTimeOffset now, CancellationToken ct,
        string? callbackQueryId = null, string? languageCode = null, OutboxTopic topic = OutboxTopic.Reply, List<Reply>? attachments = null)
    {
        var decision = await DecideAsync(db, user, input, now, ct, languageCode);
        await StageAsync(db, metrics, user, decision, now, ct, callbackQueryId, topic, attachments);
        return decision;
    }

    /// <summary>Runs the coach for <paramref name="user"/> (reading the history it asks for); changes nothing.</summary>
    /// <param name="preloaded">History the caller already loaded for exactly the window the coach asks for.</param>
    public static async Task<Decision> DecideAsync(HipKneeDbContext db, UserRecord user, Input input, DateTimeOffset now, CancellationToken ct,
        string? languageCode = null, History? preloaded = null)
    {
        var stored = UserStateMapping.ToState(user);
        var state = stored with { LanguageCode = languageCode ?? stored.LanguageCode };
        var history = preloaded ?? await HistoryLoader.LoadAsync(db, user, Coach.HistoryNeeded(state, input, now), ct);
        return Coach.Decide(state, input, now, history);
    }

    /// <summary>Stages a decision already taken for a tracked (or attached) user in the caller's unit of work.</summary>
    public static async Task StageAsync(HipKneeDbContext db, HipKneeMetrics metrics, UserRecord user, Decision decision, DateTimeOffset now, CancellationToken ct,
        string? callbackQueryId = null, OutboxTopic topic = OutboxTopic.Reply, List<Reply>? attachments = null)
    {
        var erased = decision.Events.Any(e => e is DataErased);
        if (erased)
        {
            await UserEraser.EraseAsync(db, user, ct);
        }
        else
        {
            UserStateMapping.Apply(decision.Next, user, now);
            await SessionEventWriter.WriteAsync(db, user.ChatId, decision.Events, decision.Next.LocalDate, ct);
        }

        var replies = decision.Replies;
        if (attachments is not null && !erased)
        {
            attachments.AddRange(replies.Where(IsAttachment));
            replies = replies.Where(reply => !IsAttachment(reply)).ToList();
        }

        var export = replies.OfType<ExportReply>().Any() ? await ExportData.LoadAsync(db, user.ChatId, now, ct) : null;
        OutboxWriter.Add(db, user.ChatId, callbackQueryId, replies, now, topic, export, forgetWhenDone: erased, language: decision.Next.Language);
        metrics.Record(decision.Events);
    }

    private static bool IsAttachment(Reply reply) => reply is ChartReply or ExportReply;
}
