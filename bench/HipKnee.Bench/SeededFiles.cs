using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bench;

/// <summary>A SQLite file with users and history: seeded on the spot, or copied from one kept under a cache folder.</summary>
public static class SeededFiles
{
    /// <summary>Fills <paramref name="db"/>; with <paramref name="cacheDirectory"/>, copies a file seeded (there) by an earlier run.</summary>
    public static async Task<SeedSource> PrepareAsync(BenchDatabase db, int users, string? cacheDirectory)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        if (cacheDirectory is null)
        {
            await HistorySeeder.SeedAsync(db, users, now);
            return new SeedSource(clock.Elapsed, Cached: false);
        }

        Directory.CreateDirectory(cacheDirectory);
        // Named after the schema's last migration, so a file seeded before a schema change is never reused.
        var cached = Path.Combine(cacheDirectory, $"history-{users}-{SchemaVersion()}.db");
        var fromCache = File.Exists(cached);
        if (!fromCache)
        {
            using (var fresh = BenchDatabase.Sqlite(keepAt: cached + ".partial"))
            {
                await HistorySeeder.SeedAsync(fresh, users, now);
            }

            File.Move(cached + ".partial", cached);
        }

        File.Copy(cached, db.SqlitePath!, overwrite: true);
        return new SeedSource(clock.Elapsed, fromCache);
    }

    private static string SchemaVersion()
    {
        using var db = BenchDatabase.Sqlite();
        using var context = db.Open();
        return context.Database.GetMigrations().Last();
    }
}

/// <param name="Cached">True when the seeded file came from the cache folder rather than this run.</param>
public sealed record SeedSource(TimeSpan Took, bool Cached);
