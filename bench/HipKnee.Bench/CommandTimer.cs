using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HipKnee.Bench;

/// <summary>
/// Adds up the time spent inside database commands (executing them and reading their rows), so a benchmark can
/// tell the database's share of a run from EF Core's and the coach's.
/// </summary>
public sealed class CommandTimer : DbCommandInterceptor
{
    private long _ticks;
    private long _commands;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    public long Commands => Interlocked.Read(ref _commands);

    public void Reset()
    {
        Interlocked.Exchange(ref _ticks, 0);
        Interlocked.Exchange(ref _commands, 0);
    }

    /// <summary>A reader's command counts from its start until the reader is disposed, rows read included.</summary>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Add(eventData.Duration);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Add(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Add(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Add(TimeSpan duration)
    {
        Interlocked.Add(ref _ticks, (long)(duration.TotalSeconds * Stopwatch.Frequency));
        Interlocked.Increment(ref _commands);
    }
}
