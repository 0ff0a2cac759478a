using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bench;

/// <summary>
/// <c>users</c> users due at the same minute, bulk-inserted in one transaction (the reminder and fan-out benchmarks),
/// and <c>idleCount</c> idle ones (nothing due) from chat id <c>idleProbes</c> on, for the fan-out's probes.
/// </summary>
public static class DueUsersSeed
{
    public static async Task AddAsync(BenchDatabase db, int users, long idleProbes, int idleCount, DateTimeOffset due, DateTimeOffset now)
    {
        await using var context = db.Open();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var inserter = new BulkInserter<UserRecord>(context, connection, transaction))
        {
            for (var i = 0; i < users; i++)
            {
                await inserter.AddAsync(SeedUsers.Scheduled(SeedUsers.FirstChatId + i, due, SeedUsers.MondayDay, now));
            }

            // Runners with nothing pending: their next reminder is on Wednesday.
            for (var i = 0; i < idleCount; i++)
            {
                await inserter.AddAsync(SeedUsers.Scheduled(idleProbes + i, due.AddDays(2), SeedUsers.MondayDay.AddDays(2), now));
            }
        }

        await transaction.CommitAsync();
    }
}
