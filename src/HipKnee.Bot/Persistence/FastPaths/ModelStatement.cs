using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HipKnee.Bot.Persistence.FastPaths;

// Fast path. The one user is DueUserWriter (justified by `bench reminders`); delete this with it.
/// <summary>
/// A hand-written statement on one entity's table, for a hot path where EF Core's per-row commands cost too much.
/// Table and column names come from the model, and parameters are made by the model's own type mappings, so
/// values are stored exactly as EF Core stores them, on either provider. Runs in the context's current transaction,
/// and is logged and intercepted like EF Core's own commands.
/// </summary>
internal sealed class ModelStatement<T> : IAsyncDisposable
{
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _table;
    private readonly ISqlGenerationHelper _sql;
    private readonly DbCommand _command;
    private readonly DbContext _db;
    private readonly IRelationalConnection _connection;
    private readonly IRelationalCommandDiagnosticsLogger _log;
    private readonly Dictionary<string, (DbParameter Parameter, Func<object?, object?>? ToProvider)> _parameters = [];

    public ModelStatement(HipKneeDbContext db)
    {
        _entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        _table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        _sql = db.GetService<ISqlGenerationHelper>();
        (_db, _connection, _log) = (db, db.GetService<IRelationalConnection>(), db.GetService<IRelationalCommandDiagnosticsLogger>());
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A model statement runs inside the caller's transaction.");
    }

    public string Table => _sql.DelimitIdentifier(_table.Name, _table.Schema);

    public string Column(string property) => _sql.DelimitIdentifier(Property(property).GetColumnName(_table)!);

    /// <summary>The placeholder of <paramref name="property"/>'s parameter, added on first use.</summary>
    public string Parameter(string property)
    {
        if (!_parameters.ContainsKey(property))
        {
            var mapping = (RelationalTypeMapping)Property(property).GetTypeMapping();
            var parameter = mapping.CreateParameter(_command, property, null, nullable: true);
            _command.Parameters.Add(parameter);
            _parameters[property] = (parameter, mapping.Converter?.ConvertToProvider);
        }

        return _sql.GenerateParameterNamePlaceholder(property);
    }

    /// <summary><c>"Column" = @Column</c>, for SET lists and WHERE clauses.</summary>
    public string Equal(string property) => $"{Column(property)} = {Parameter(property)}";

    /// <summary>Sets the statement's text and prepares it; call once all parameters are in.</summary>
    public void Prepare(string text)
    {
        _command.CommandText = text;
        _command.Prepare();
    }

    /// <summary>Sets <paramref name="property"/>'s parameter from the CLR value, converted as EF Core converts it.</summary>
    public ModelStatement<T> Set(string property, object? value)
    {
        var (parameter, toProvider) = _parameters[property];
        parameter.Value = value is null ? DBNull.Value : toProvider is null ? value : toProvider(value);
        return this;
    }

    /// <summary>Runs the statement; returns the number of rows it changed.</summary>
    public async Task<int> ExecuteAsync(CancellationToken ct)
    {
        var (commandId, started, clock) = (Guid.NewGuid(), DateTimeOffset.UtcNow, Stopwatch.StartNew());
        var intercepted = await _log.CommandNonQueryExecutingAsync(
            _connection, _command, _command.CommandText, _db, commandId, _connection.ConnectionId, started, CommandSource.ExecuteUpdate, ct);
        var rows = intercepted.HasResult ? intercepted.Result : await _command.ExecuteNonQueryAsync(ct);
        return await _log.CommandNonQueryExecutedAsync(
            _connection, _command, _command.CommandText, _db, commandId, _connection.ConnectionId, rows, started, clock.Elapsed, CommandSource.ExecuteUpdate, ct);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private IProperty Property(string name) =>
        _entity.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(T).Name}.{name} is not in the model.");
}
