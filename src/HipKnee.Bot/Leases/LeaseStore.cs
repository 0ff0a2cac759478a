using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Leases;

/// <summary>
/// Lease rows in the database: each take-over or renewal is one conditional UPDATE, and a lease's first take one
/// INSERT that does nothing when the row exists, so two instances racing for a lease cannot both win, on SQLite or
/// PostgreSQL alike.
/// </summary>
public sealed class LeaseStore(IServiceScopeFactory scopes)
{
    /// <summary>
    /// Takes the lease when it has expired (or was released), or extends it when <paramref name="holder"/> already
    /// has it. Returns false while another instance holds it.
    /// </summary>
    public async Task<bool> TryTakeAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken ct) =>
        (await TryTakeManyAsync([name], holder, now, duration, ct)).Contains(name);

    /// <summary>
    /// <see cref="TryTakeAsync"/> for many leases (distinct names) in a few statements whatever their number: one
    /// conditional UPDATE, a read of the rows when not all were taken by it, and an INSERT per lease never taken
    /// before. Returns the names <paramref name="holder"/> holds now.
    /// </summary>
    public async Task<IReadOnlySet<string>> TryTakeManyAsync(IReadOnlyCollection<string> names, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var expiresAt = now + duration;
        var taken = await db.Leases
            .Where(l => names.Contains(l.Name) && (l.ExpiresAt <= now || l.HolderId == holder))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.HolderId, holder).SetProperty(l => l.ExpiresAt, expiresAt), ct);
        if (taken == names.Count)
        {
            return names.ToHashSet();
        }

        // Some rows were not updated: either nobody ever took those leases, or another instance holds them.
        var rows = await db.Leases.AsNoTracking().Where(l => names.Contains(l.Name)).Select(l => new { l.Name, l.HolderId, l.ExpiresAt }).ToListAsync(ct);
        var held = rows.Where(row => row.HolderId == holder && row.ExpiresAt > now).Select(row => row.Name).ToHashSet();
        foreach (var name in names.Except(rows.Select(row => row.Name)))
        {
            if (await CreateAsync(db, name, holder, expiresAt, ct))
            {
                held.Add(name);
            }
        }

        return held;
    }

    /// <summary>Ends the lease now if <paramref name="holder"/> has it, so a standby instance need not wait for it to expire.</summary>
    public Task ReleaseAsync(string name, string holder, DateTimeOffset now, CancellationToken ct) => ReleaseManyAsync([name], holder, now, ct);

    /// <summary><see cref="ReleaseAsync"/> for many leases in one statement.</summary>
    public async Task ReleaseManyAsync(IReadOnlyCollection<string> names, string holder, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await db.Leases
            .Where(l => names.Contains(l.Name) && l.HolderId == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), ct);
    }

    /// <summary>The current holder and expiry, for log lines; null when nobody ever took the lease.</summary>
    public async Task<LeaseRecord?> FindAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        return await db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, ct);
    }

    /// <summary>
    /// Creates the lease row unless another instance has just done so; true when this call created it. A plain
    /// INSERT would fail on the key for the loser of that race, and EF Core logs such a failure as an error.
    /// </summary>
    private static async Task<bool> CreateAsync(HipKneeDbContext db, string name, string holder, DateTimeOffset expiresAt, CancellationToken ct)
    {
        // Raw SQL bypasses the model's value converters: store the instant as the provider's converter does
        // (Unix milliseconds on SQLite, a UTC timestamptz on PostgreSQL).
        var expiresAtColumn = db.Model.FindEntityType(typeof(LeaseRecord))!.FindProperty(nameof(LeaseRecord.ExpiresAt))!;
        var stored = expiresAtColumn.GetTypeMapping().Converter?.ConvertToProvider(expiresAt) ?? expiresAt;
        var created = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "Leases" ("Name", "HolderId", "ExpiresAt") VALUES ({name}, {holder}, {stored}) ON CONFLICT ("Name") DO NOTHING""", ct);
        return created == 1;
    }
}
