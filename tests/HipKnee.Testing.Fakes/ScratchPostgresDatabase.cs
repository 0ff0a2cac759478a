using Npgsql;

namespace HipKnee.Testing.Fakes;

/// <summary>
/// A fresh database on a PostgreSQL server, for one test or benchmark run, dropped on <see cref="Dispose"/>. The role
/// in the server's connection string needs CREATEDB; the database it names is only used to create and drop this one.
/// </summary>
public sealed class ScratchPostgresDatabase : IDisposable
{
    private const int DropAttempts = 50;
    private readonly string _server;
    private readonly string _name;

    /// <param name="prefix">The new database's name before its random part.</param>
    /// <param name="maxPoolSize">The connection pool's limit for the new database, when the default is too many.</param>
    public ScratchPostgresDatabase(string server, string prefix, int? maxPoolSize = null)
    {
        _server = server;
        _name = $"{prefix}_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{_name}\"");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = _name };
        if (maxPoolSize is { } max)
        {
            builder.MaxPoolSize = max;
        }

        ConnectionString = builder.ConnectionString;
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < DropAttempts)
            {
                // FORCE cannot end a superuser's session in the database, such as an autovacuum worker; it is soon done.
                Thread.Sleep(100);
            }
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
