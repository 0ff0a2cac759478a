using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HipKnee.Bench;

/// <summary>
/// Records each distinct SQL statement (with its parameter values) that runs while <see cref="Capturing"/> is set on the
/// calling flow, so the hot path's queries can be shown with their query plans.
/// </summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> Flow = new();
    private readonly List<CapturedStatement> _statements = [];

    /// <summary>Set around the calls whose statements are wanted; other flows (the sender, leases) are not recorded.</summary>
    public static bool Capturing
    {
        get => Flow.Value;
        set => Flow.Value = value;
    }

    public IReadOnlyList<CapturedStatement> Statements
    {
        get
        {
            lock (_statements)
            {
                return _statements.ToArray();
            }
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (!Capturing)
        {
            return;
        }

        lock (_statements)
        {
            if (_statements.All(s => s.Sql != command.CommandText))
            {
                _statements.Add(new CapturedStatement(
                    command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToArray()));
            }
        }
    }
}

public sealed record CapturedStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
