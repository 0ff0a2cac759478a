using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Leases;

/// <summary>
/// Lease rows in the database: each take-over or renewal is one conditional UPDATE, so two instances racing
/// for an expired lease cannot both win, on SQLite or PostgreSQL alike.
/// </summary>
public sealed class LeaseStore(IServiceScopeFactory scopes)
{
    /// <summary>
    /// Takes the lease when it has expired (or was released), or extends it when <paramref name="holder"/> already
    /// has it. Returns false while another instance holds it.
    /// </summary>
    public async Task<bool> TryTakeAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var expiresAt = now + duration;
        var taken = await db.Leases
            .Where(l => l.Name == name && (l.ExpiresAt <= now || l.HolderId == holder))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.HolderId, holder).SetProperty(l => l.ExpiresAt, expiresAt), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        db.Leases.Add(new LeaseRecord { Name = name, HolderId = holder, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance created the row first: it holds the lease.
            return false;
        }
    }

    /// <summary>Ends the lease now if <paramref name="holder"/> has it, so a standby instance need not wait for it to expire.</summary>
    public async Task ReleaseAsync(string name, string holder, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await db.Leases
            .Where(l => l.Name == name && l.HolderId == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), ct);
    }

    /// <summary>The current holder and expiry, for log lines; null when nobody ever took the lease.</summary>
    public async Task<LeaseRecord?> FindAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        return await db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, ct);
    }
}
