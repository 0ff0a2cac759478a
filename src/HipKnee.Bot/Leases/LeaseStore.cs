using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Leases;

/// <summary>
/// Lease rows in the database. Expiry is set and compared on the database's clock (<see cref="DatabaseClock"/>), never
/// an instance's: a wall clock stepped on one machine cannot make a held lease look expired there, so it cannot
/// create a second poller or sender. Each take-over or renewal is one conditional UPDATE and a lease's first take one
/// INSERT that does nothing when the row exists, so two instances racing for a lease cannot both win, on SQLite or
/// PostgreSQL alike.
/// </summary>
public sealed class LeaseStore(IServiceScopeFactory scopes)
{
    /// <summary>
    /// Takes the lease for <paramref name="duration"/> when it has expired (or was released), or extends it when
    /// <paramref name="holder"/> already has it. Returns false while another instance holds it.
    /// </summary>
    public async Task<bool> TryTakeAsync(string name, string holder, TimeSpan duration, CancellationToken ct) =>
        (await TryTakeManyAsync([name], holder, duration, ct)).Contains(name);

    /// <summary>
    /// <see cref="TryTakeAsync"/> for many leases (distinct names) in at most two statements whatever their number: one
    /// conditional UPDATE, and one INSERT of the leases never taken before. Returns the names <paramref name="holder"/> holds now.
    /// </summary>
    public async Task<IReadOnlySet<string>> TryTakeManyAsync(IReadOnlyCollection<string> names, string holder, TimeSpan duration, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var clock = DatabaseClock.Of(db);
        var (nameList, parameters) = Parameters(names, holder, (long)duration.TotalMilliseconds);
        // Only fixed SQL and placeholders are spliced in; every value goes in as a parameter.
        var take = $$"""UPDATE "Leases" SET "HolderId" = {0}, "ExpiresAt" = {{clock.Later("{1}")}} WHERE "Name" IN ({{nameList}}) AND ("ExpiresAt" <= {{clock.Now}} OR "HolderId" = {0}) RETURNING "Name" AS "Value" """;
        var held = (await db.Database.SqlQueryRaw<string>(take, parameters).ToListAsync(ct)).ToHashSet();
        if (held.Count == names.Count)
        {
            return held;
        }

        // The rest are held by another instance, or were never taken: those rows are created, unless another
        // instance has just done so (a plain INSERT would fail on the key for the loser, logged by EF Core as an error).
        var (_, missingParameters) = Parameters(names.Except(held).ToList(), holder, (long)duration.TotalMilliseconds);
        var rows = string.Join(", ", Enumerable.Range(2, missingParameters.Length - 2).Select(i => $"({{{i}}}, {{0}}, {clock.Later("{1}")})"));
        var create = $"""INSERT INTO "Leases" ("Name", "HolderId", "ExpiresAt") VALUES {rows} ON CONFLICT ("Name") DO NOTHING RETURNING "Name" AS "Value" """;
        var created = await db.Database.SqlQueryRaw<string>(create, missingParameters).ToListAsync(ct);
        held.UnionWith(created);
        return held;
    }

    /// <summary>Ends the lease now if <paramref name="holder"/> has it, so a standby instance need not wait for it to expire.</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken ct) => ReleaseManyAsync([name], holder, ct);

    /// <summary><see cref="ReleaseAsync"/> for many leases in one statement.</summary>
    public async Task ReleaseManyAsync(IReadOnlyCollection<string> names, string holder, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var clock = DatabaseClock.Of(db);
        var (nameList, parameters) = Parameters(names, holder, 0);
        var release = $$"""UPDATE "Leases" SET "ExpiresAt" = {{clock.Now}} WHERE "Name" IN ({{nameList}}) AND "HolderId" = {0}""";
        await db.Database.ExecuteSqlRawAsync(release, parameters, ct);
    }

    /// <summary>The current holder and expiry, for log lines; null when nobody ever took the lease.</summary>
    public async Task<LeaseRecord?> FindAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        return await db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, ct);
    }

    /// <summary>Parameters {0} holder, {1} duration in milliseconds, {2}… the names; and the names' placeholder list.</summary>
    private static (string NameList, object[] Parameters) Parameters(IReadOnlyCollection<string> names, string holder, long milliseconds) =>
        (string.Join(", ", Enumerable.Range(2, names.Count).Select(i => $"{{{i}}}")), [holder, milliseconds, .. names]);
}
