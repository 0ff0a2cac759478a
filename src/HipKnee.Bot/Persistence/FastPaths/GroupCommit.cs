using System.Threading.Channels;

namespace HipKnee.Bot.Persistence.FastPaths;

// Fast path. Justified by: `bench webhook` (>= 1,000 updates/s on SQLite: the webhook inbox stores a burst of
// posts in one transaction) and `bench sender` (>= 0.95 of a 1,000/s limit: the delivery ledger records outcomes
// in one transaction per batch). Without it every post and every sent message costs a SQLite commit of its own.
/// <summary>
/// Group commit: items handed in by many callers are written in batches by one writer, and each caller waits until
/// the batch holding its item is written. Items that arrive together cost one transaction rather than one each.
/// A batch whose write throws fails every caller in it with that exception.
/// </summary>
public sealed class GroupCommit<T>(string name, int maxBatch)
{
    private readonly Channel<Entry> _entries = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes once <paramref name="item"/> is written; faults when its batch could not be, or the writer is closed.</summary>
    public Task AddAsync(T item)
    {
        var entry = new Entry(item, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_entries.Writer.TryWrite(entry))
        {
            entry.Written.SetException(new InvalidOperationException($"The {name} is closed."));
        }

        return entry.Written.Task;
    }

    /// <summary>Writes batches with <paramref name="write"/> until <see cref="Complete"/> is called and everything handed in is written.</summary>
    public async Task RunAsync(Func<IReadOnlyList<T>, Task> write)
    {
        var batch = new List<Entry>(maxBatch);
        while (await _entries.Reader.WaitToReadAsync())
        {
            while (batch.Count < maxBatch && _entries.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            try
            {
                await write(batch.Select(entry => entry.Item).ToList());
                batch.ForEach(entry => entry.Written.TrySetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(entry => entry.Written.TrySetException(ex));
            }

            batch.Clear();
        }
    }

    /// <summary>No more items are taken; <see cref="RunAsync"/> ends once those handed in are written.</summary>
    public void Complete() => _entries.Writer.TryComplete();

    private sealed record Entry(T Item, TaskCompletionSource Written);
}
