using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Inbox;

/// <summary>
/// Which inbox rows an inbox pass takes on. On SQLite one instance handles the whole inbox: every row, oldest first.
/// On PostgreSQL each instance takes the rows it stored itself, and another instance's rows only once that instance's
/// liveness lease (<see cref="InstanceLiveness"/>) has expired, instead of every instance reading every row and racing
/// for the chats' leases.
/// <para>
/// Why order and once-only still hold, though a chat's updates may land on different instances behind a load balancer:
/// a row is taken only if no earlier row of its chat belongs to another live instance, so a chat's rows are handled as
/// runs, each by its owner, in update-id order; a row held back is looked at again soon (<see cref="InboxBatch.WaitsForAnother"/>).
/// The chat lease still admits one handler per chat at a time: when several instances take over a dead one's rows, or
/// a live one was judged dead (its lease ran out during an outage), the chat lease picks one, and a row handled anyway
/// is skipped by its update id (the processed-update table), each instance going through a chat's rows in order.
/// </para>
/// </summary>
public sealed class InboxSelection(InstanceLiveness liveness)
{
    /// <summary>
    /// {0} this instance, {1} the most rows, {2} the liveness lease prefix. An owner counts as live while a liveness
    /// lease of its name runs on the database's clock (as every lease does).
    /// </summary>
    private const string OwnOrOrphanedRows = """
        SELECT i."UpdateId", i."ChatId", i."Json", i."ReceivedAt", i."OwnerId",
            EXISTS (
                SELECT 1 FROM "Inbox" e
                WHERE e."ChatId" = i."ChatId" AND e."UpdateId" < i."UpdateId" AND e."OwnerId" <> {0}
                    AND EXISTS (SELECT 1 FROM "Leases" l WHERE l."Name" = {2} || e."OwnerId" AND l."ExpiresAt" > now())
            ) AS "WaitsForAnother"
        FROM "Inbox" i
        WHERE i."OwnerId" = {0}
            OR NOT EXISTS (SELECT 1 FROM "Leases" l WHERE l."Name" = {2} || i."OwnerId" AND l."ExpiresAt" > now())
        ORDER BY i."UpdateId"
        LIMIT {1}
        """;

    /// <summary>The oldest rows this instance may handle now, at most <paramref name="max"/>.</summary>
    public async Task<InboxBatch> NextAsync(HipKneeDbContext db, int max, CancellationToken ct)
    {
        if (!liveness.Shared)
        {
            return new InboxBatch(await db.Inbox.AsNoTracking().OrderBy(i => i.UpdateId).Take(max).ToListAsync(ct), WaitsForAnother: false);
        }

        await liveness.KeepAsync(ct);
        var candidates = await db.Database.SqlQueryRaw<InboxCandidate>(OwnOrOrphanedRows, liveness.Me, max, InstanceLiveness.NamePrefix).ToListAsync(ct);
        var rows = candidates.Where(c => !c.WaitsForAnother)
            .Select(c => new InboxUpdate { UpdateId = c.UpdateId, ChatId = c.ChatId, Json = c.Json, ReceivedAt = c.ReceivedAt, OwnerId = c.OwnerId })
            .ToList();
        return new InboxBatch(rows, WaitsForAnother: rows.Count < candidates.Count);
    }
}
