using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HipKnee.Bench;

/// <summary>
/// Fast seeding: rows of one entity type through a prepared multi-row INSERT on the caller's connection and
/// transaction, with the columns, names and value conversions taken from the EF model, so the seeded rows are
/// exactly what the bot itself would write (on either provider). Generated keys must be set by the caller.
/// </summary>
public sealed class BulkInserter<T> : IAsyncDisposable
    where T : class
{
    /// <summary>
    /// Rows per statement: one on SQLite, whose engine finds each named parameter by a linear search (so wide
    /// statements get slower per row) and which pays no round trip anyway; many on PostgreSQL, where round trips cost.
    /// </summary>
    private readonly int _rowsPerStatement;
    private readonly IProperty[] _columns;
    private readonly IClrPropertyGetter[] _getters;
    private readonly Func<object?, object?>?[] _toProvider;
    private readonly DbCommand _batch;
    private readonly DbCommand _single;
    private readonly List<T> _buffer = [];

    public BulkInserter(DbContext db, DbConnection connection, DbTransaction transaction)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _columns = entity.GetProperties().Where(p => p.GetColumnName(table) is not null).ToArray();
        _getters = _columns.Select(p => p.GetGetter()).ToArray();
        _toProvider = _columns.Select(p => p.GetTypeMapping().Converter?.ConvertToProvider).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var names = string.Join(", ", _columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ";
        _rowsPerStatement = db.Database.IsSqlite() ? 1 : 64;
        _batch = Prepare(connection, transaction, insert, _rowsPerStatement);
        _single = Prepare(connection, transaction, insert, 1);
    }

    /// <summary>Rows written so far.</summary>
    public long Count { get; private set; }

    public async Task AddAsync(T row)
    {
        _buffer.Add(row);
        if (_buffer.Count == _rowsPerStatement)
        {
            await WriteAsync(_batch, _buffer);
            _buffer.Clear();
        }
    }

    /// <summary>Writes what is buffered.</summary>
    public async Task FlushAsync()
    {
        foreach (var row in _buffer)
        {
            await WriteAsync(_single, [row]);
        }

        _buffer.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync();
        await _batch.DisposeAsync();
        await _single.DisposeAsync();
    }

    private DbCommand Prepare(DbConnection connection, DbTransaction transaction, string insert, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder(insert);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns.Length; column++)
            {
                var name = $"@p{row}_{column}";
                text.Append(column == 0 ? name : $", {name}");
                var mapping = (RelationalTypeMapping)_columns[column].GetTypeMapping();
                command.Parameters.Add(mapping.CreateParameter(command, name, null, nullable: true));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        command.Prepare();
        return command;
    }

    private async Task WriteAsync(DbCommand command, IReadOnlyList<T> rows)
    {
        for (var row = 0; row < rows.Count; row++)
        {
            for (var column = 0; column < _columns.Length; column++)
            {
                var value = _getters[column].GetClrValue(rows[row]);
                command.Parameters[(row * _columns.Length) + column].Value =
                    value is null ? DBNull.Value : _toProvider[column] is { } convert ? convert(value)! : value;
            }
        }

        await command.ExecuteNonQueryAsync();
        Count += rows.Count;
    }
}
