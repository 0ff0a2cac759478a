using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HipKnee.Bot.Persistence;

/// <summary>Names the database a context points at, for log lines and errors, without its password.</summary>
public static class DatabaseTarget
{
    public static string Describe(HipKneeDbContext db)
    {
        var connectionString = db.Database.GetConnectionString();
        try
        {
            if (db.Database.IsNpgsql())
            {
                var postgres = new NpgsqlConnectionStringBuilder(connectionString);
                return $"{postgres.Database} on {postgres.Host}:{postgres.Port}";
            }

            return new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return "(malformed connection string)";
        }
    }
}
