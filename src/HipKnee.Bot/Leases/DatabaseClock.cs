using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Leases;

/// <summary>
/// SQL for "now" on the database server's clock, in the form lease expiry is stored in (a <c>timestamptz</c> on
/// PostgreSQL, Unix milliseconds on SQLite, as the model's converters store instants).
/// </summary>
internal sealed record DatabaseClock(string Now, Func<string, string> Later)
{
    private static readonly DatabaseClock Postgres = new("now()", milliseconds => $"now() + {milliseconds} * interval '1 millisecond'");

    // julianday('now') has millisecond precision on every SQLite version (unixepoch('subsec') needs 3.42).
    private const string SqliteNow = "CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)";
    private static readonly DatabaseClock Sqlite = new(SqliteNow, milliseconds => $"({SqliteNow} + {milliseconds})");

    public static DatabaseClock Of(HipKneeDbContext db) => db.Database.IsNpgsql() ? Postgres : Sqlite;
}
