using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Scheduling;

/// <summary>
/// Writes the reminder scan's usual outcome — a user's nudge moved on and the nudge queued in the outbox — with two
/// prepared statements in the scan's transaction. Through the change tracker each of these rows cost a generated
/// command of its own, which made SaveChanges most of a large scan's time. A stale <see cref="UserRecord.Version"/>
/// fails the batch just as EF Core's concurrency check does.
/// </summary>
internal sealed class NudgeWriter : IAsyncDisposable
{
    private static readonly string[] OutboxColumns =
    [
        nameof(OutboxMessage.ChatId), nameof(OutboxMessage.Kind), nameof(OutboxMessage.Text), nameof(OutboxMessage.ButtonsJson),
        nameof(OutboxMessage.CallbackQueryId), nameof(OutboxMessage.Status), nameof(OutboxMessage.Attempts),
        nameof(OutboxMessage.CreatedAt), nameof(OutboxMessage.NextAttemptAt),
    ];

    private readonly ModelStatement<UserRecord> _moveNudge;
    private readonly ModelStatement<OutboxMessage> _enqueue;

    /// <summary>Prepares both statements on the context's connection; the scan's transaction must be open.</summary>
    public NudgeWriter(HipKneeDbContext db)
    {
        _moveNudge = new ModelStatement<UserRecord>(db);
        var users = _moveNudge;
        var version = users.Column(nameof(UserRecord.Version));
        users.Prepare(
            $"UPDATE {users.Table} SET {users.Equal(nameof(UserRecord.NextNudgeAt))}, {users.Equal(nameof(UserRecord.NextNudgeKind))}, " +
            $"{users.Equal(nameof(UserRecord.NextNudgeDay))}, {users.Equal(nameof(UserRecord.NudgedDay))}, " +
            $"{users.Equal(nameof(UserRecord.NudgesOnNudgedDay))}, {users.Equal(nameof(UserRecord.UpdatedAt))}, {version} = {version} + 1 " +
            $"WHERE {users.Equal(nameof(UserRecord.ChatId))} AND {users.Equal(nameof(UserRecord.Version))}");

        _enqueue = new ModelStatement<OutboxMessage>(db);
        var outbox = _enqueue;
        outbox.Prepare(
            $"INSERT INTO {outbox.Table} ({string.Join(", ", OutboxColumns.Select(outbox.Column))}) " +
            $"VALUES ({string.Join(", ", OutboxColumns.Select(outbox.Parameter))})");
    }

    /// <summary>
    /// True when a reminder decision changed nothing but the nudge bookkeeping and recorded no event, so that
    /// <see cref="WriteAsync"/> stores all of it.
    /// </summary>
    public static bool Covers(UserState before, Decision decision) =>
        decision.Events.Count == 0
        && decision.Next with { NextNudge = before.NextNudge, NudgedDay = before.NudgedDay, NudgesOnNudgedDay = before.NudgesOnNudgedDay } == before;

    /// <summary>Stores <paramref name="next"/>'s nudge for a user read at its current version, and queues <paramref name="messages"/>.</summary>
    public async Task WriteAsync(UserRecord user, UserState next, IEnumerable<OutboxMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        var moved = await _moveNudge
            .Set(nameof(UserRecord.NextNudgeAt), next.NextNudge?.At)
            .Set(nameof(UserRecord.NextNudgeKind), (int?)next.NextNudge?.Kind)
            .Set(nameof(UserRecord.NextNudgeDay), next.NextNudge?.Day)
            .Set(nameof(UserRecord.NudgedDay), next.NudgedDay)
            .Set(nameof(UserRecord.NudgesOnNudgedDay), next.NudgesOnNudgedDay)
            .Set(nameof(UserRecord.UpdatedAt), now)
            .Set(nameof(UserRecord.ChatId), user.ChatId)
            .Set(nameof(UserRecord.Version), user.Version)
            .ExecuteAsync(ct);
        if (moved != 1)
        {
            throw new DbUpdateConcurrencyException($"User {user.ChatId} changed after the reminder scan read it.");
        }

        foreach (var message in messages)
        {
            await _enqueue
                .Set(nameof(OutboxMessage.ChatId), message.ChatId)
                .Set(nameof(OutboxMessage.Kind), message.Kind)
                .Set(nameof(OutboxMessage.Text), message.Text)
                .Set(nameof(OutboxMessage.ButtonsJson), message.ButtonsJson)
                .Set(nameof(OutboxMessage.CallbackQueryId), message.CallbackQueryId)
                .Set(nameof(OutboxMessage.Status), message.Status)
                .Set(nameof(OutboxMessage.Attempts), message.Attempts)
                .Set(nameof(OutboxMessage.CreatedAt), message.CreatedAt)
                .Set(nameof(OutboxMessage.NextAttemptAt), message.NextAttemptAt)
                .ExecuteAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _moveNudge.DisposeAsync();
        await _enqueue.DisposeAsync();
    }
}
