using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HipKnee.Bench;

/// <summary>The bytes of one table's rows, or of one of its indexes, among the data kept for good.</summary>
public sealed record StorageBreakdown(string Name, long Bytes)
{
    /// <summary>
    /// Takes the kept data apart: drops each index of <paramref name="tables"/>, then empties the table, and reads how much
    /// <paramref name="vacuumedSize"/> shrank each time (the bundled SQLite has no <c>dbstat</c> table to ask instead).
    /// Leaves the tables empty with their indexes created again, so the rows add up to the drop to that state.
    /// </summary>
    public static IReadOnlyList<StorageBreakdown> TakeApart(string connectionString, IReadOnlyList<string> tables, Func<long> vacuumedSize)
    {
        var rows = new List<StorageBreakdown>();
        var dropped = new List<string>();
        var size = vacuumedSize();
        foreach (var table in tables)
        {
            foreach (var (index, sql) in Indexes(connectionString, table))
            {
                Execute(connectionString, $"DROP INDEX \"{index}\"");
                dropped.Add(sql);
                // An empty index still has its root page, so that page is not data.
                rows.Add(new StorageBreakdown($"  index {index}", size - (size = vacuumedSize()) - PageSize(connectionString)));
            }

            Execute(connectionString, $"DELETE FROM \"{table}\"");
            rows.Add(new StorageBreakdown($"{table} rows", size - (size = vacuumedSize())));
        }

        dropped.ForEach(sql => Execute(connectionString, sql));
        return rows;
    }

    public static void Print(IReadOnlyList<StorageBreakdown> rows, int users)
    {
        Console.WriteLine();
        Console.WriteLine("| kept, by table rows and index                  | bytes      | per user-month |");
        Console.WriteLine("|------------------------------------------------|------------|----------------|");
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Name,-46} | {row.Bytes,10} | {(double)row.Bytes / users,14:0} |"));
        }
    }

    /// <summary>The indexes that can be dropped: not the ones SQLite makes for a composite primary key.</summary>
    private static List<(string Name, string Sql)> Indexes(string connectionString, string table)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL ORDER BY name";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private static long PageSize(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
