using Microsoft.Data.Sqlite;

namespace HipKnee.Bench;

/// <summary>Prints statements with SQLite's EXPLAIN QUERY PLAN for them, run with the values they were captured with.</summary>
public static class QueryPlans
{
    public static async Task PrintAsync(string sqlitePath, IReadOnlyList<CapturedStatement> statements)
    {
        await using var connection = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            Console.WriteLine();
            Console.WriteLine(statement.Sql.Trim());
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
            foreach (var (name, value) in statement.Parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(3));
                }
            }

            foreach (var line in lines.DefaultIfEmpty("(no table access to plan)"))
            {
                Console.WriteLine($"    plan: {line}");
            }
        }
    }
}
