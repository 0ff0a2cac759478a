using HipKnee.Bot.Outbox;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Persistence.FastPaths;

// Fast path. Justified by: `bench reminders` (target: 100,000 users due at once on SQLite in < 10 s) and the
// fan-out rate in `bench fanout`. Gain on a quiet machine: 100k scan 8.8-11.2 s -> 4.7-5.0 s (commit 20b00a1,
// A/B), 14.2 s -> 9.6 s (7a81fa6). Re-measured 2026-12-03 at load 27-48 on 2 cores: no difference visible
// (see /work/notes/fastpaths.md); kept, as that run could not show it is under 10 %.
/// <summary>
/// A scan's fast path: writes its usual outcome — the user's scan columns moved on and plain text messages queued —
/// with two prepared statements in the scan's transaction, instead of a change-tracked command per row (which made
/// <c>SaveChanges</c> most of a large scan's time). Anything else goes through EF Core (<see cref="UserDecision"/>).
/// </summary>
/// <remarks>
/// The rows are exactly the EF path's: <see cref="TryPlan"/> applies the decision to a copy of the user with the same
/// <see cref="UserStateMapping.Apply"/> and takes the fast path only when nothing but the scan columns (and
/// <c>UpdatedAt</c>, <c>Version</c>) differs; the outbox rows are made by <see cref="OutboxWriter.TextMessages"/>
/// and inserted with every mapped column; table, column names and value conversions come from the EF model, so it
/// works on SQLite and PostgreSQL alike. The UPDATE matches on the version read (<c>AND "Version" = @old</c>): when a
/// concurrent change moved it, no row matches and it throws <see cref="DbUpdateConcurrencyException"/>, as EF
/// Core's own check does, so the scan retries the batch.
/// </remarks>
internal sealed class DueUserWriter : IAsyncDisposable
{
    private static readonly string[] Always = [nameof(UserRecord.UpdatedAt), nameof(UserRecord.Version)];

    private readonly IEntityType _users;
    private readonly HashSet<string> _written;
    private readonly string[] _set;
    private readonly IProperty[] _outboxColumns;
    private readonly ModelStatement<UserRecord> _update;
    private readonly ModelStatement<OutboxMessage> _insert;

    /// <param name="columns">The user columns a scan may move (its instant and bookkeeping); the scan's transaction must be open.</param>
    public DueUserWriter(HipKneeDbContext db, IReadOnlyList<string> columns)
    {
        _users = db.Model.FindEntityType(typeof(UserRecord))!;
        _set = [.. columns, nameof(UserRecord.UpdatedAt)];
        _written = [.. columns, .. Always];

        // UPDATE "Users" SET <columns> = @…, "UpdatedAt" = @UpdatedAt, "Version" = "Version" + 1
        // WHERE "ChatId" = @ChatId AND "Version" = @Version  (the version read: the optimistic check)
        _update = new ModelStatement<UserRecord>(db);
        var version = _update.Column(nameof(UserRecord.Version));
        _update.Prepare(
            $"UPDATE {_update.Table} SET {string.Join(", ", _set.Select(_update.Equal))}, {version} = {version} + 1 " +
            $"WHERE {_update.Equal(nameof(UserRecord.ChatId))} AND {_update.Equal(nameof(UserRecord.Version))}");

        // Every mapped outbox column but the generated key, so each NOT NULL column (Topic, ForgetWhenDone, …) gets
        // the value EF Core would insert.
        var outbox = db.Model.FindEntityType(typeof(OutboxMessage))!;
        _outboxColumns = outbox.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
        _insert = new ModelStatement<OutboxMessage>(db);
        _insert.Prepare(
            $"INSERT INTO {_insert.Table} ({string.Join(", ", _outboxColumns.Select(p => _insert.Column(p.Name)))}) " +
            $"VALUES ({string.Join(", ", _outboxColumns.Select(p => _insert.Parameter(p.Name)))})");
    }

    /// <summary>
    /// The user as the EF path would save it (<paramref name="finish"/> runs the scan's own guard on it) and the
    /// messages to queue, or null when the decision needs more than this writer does: an event to record, a reply
    /// other than plain text, or a change to a column outside the scan's.
    /// </summary>
    public (UserRecord User, IReadOnlyList<OutboxMessage> Messages)? TryPlan(
        UserRecord read, Decision decision, DateTimeOffset now, OutboxTopic topic, Action<UserRecord> finish)
    {
        if (decision.Events.Count > 0 || !decision.Replies.All(r => r is TextReply))
        {
            return null;
        }

        var next = read.Copy();
        UserStateMapping.Apply(decision.Next, next, now);
        finish(next);
        foreach (var property in _users.GetProperties())
        {
            if (!_written.Contains(property.Name)
                && !property.GetValueComparer().Equals(property.GetGetter().GetClrValue(read), property.GetGetter().GetClrValue(next)))
            {
                return null;
            }
        }

        var messages = decision.Replies.Cast<TextReply>().SelectMany(r => OutboxWriter.TextMessages(read.ChatId, r, now, topic)).ToList();
        return (next, messages);
    }

    /// <summary>Stores <paramref name="next"/> over the user as read (<paramref name="read"/>'s version) and queues the messages.</summary>
    public async Task WriteAsync(UserRecord read, UserRecord next, IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        foreach (var column in _set)
        {
            _update.Set(column, _users.FindProperty(column)!.GetGetter().GetClrValue(next));
        }

        var moved = await _update.Set(nameof(UserRecord.ChatId), read.ChatId).Set(nameof(UserRecord.Version), read.Version).ExecuteAsync(ct);
        if (moved != 1)
        {
            throw new DbUpdateConcurrencyException($"User {read.ChatId} changed after the scan read it.");
        }

        foreach (var message in messages)
        {
            foreach (var column in _outboxColumns)
            {
                _insert.Set(column.Name, column.GetGetter().GetClrValue(message));
            }

            await _insert.ExecuteAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _update.DisposeAsync();
        await _insert.DisposeAsync();
    }
}
