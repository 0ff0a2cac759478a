using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HipKnee.Testing.Fakes;

/// <summary>
/// Pending updates with Telegram's getUpdates semantics. Stored as a list (not keyed by id) so that
/// a raw update enqueued twice with the same update_id is delivered twice until confirmed.
/// </summary>
internal sealed class UpdateQueue
{
    public const long FirstUpdateId = 1000;

    private readonly Lock _gate = new();
    private readonly List<(long Id, string Json)> _pending = [];
    private readonly ChangeSignal _arrived = new();
    private long _nextId = FirstUpdateId;
    private long _lastOffset;

    public long LastOffset
    {
        get { lock (_gate) { return _lastOffset; } }
    }

    public int PendingCount
    {
        get { lock (_gate) { return _pending.Count; } }
    }

    /// <summary>Assigns the next update_id (as the first property) and enqueues the update.</summary>
    public long Enqueue(JsonObject updateWithoutId)
    {
        ArgumentNullException.ThrowIfNull(updateWithoutId);
        if (updateWithoutId.ContainsKey("update_id"))
        {
            throw new ArgumentException("update_id is assigned by the fake; use EnqueueRaw to choose it.");
        }

        long id;
        lock (_gate)
        {
            id = _nextId++;
            var update = new JsonObject { ["update_id"] = id };
            foreach (var (name, value) in updateWithoutId)
            {
                update[name] = value?.DeepClone();
            }

            _pending.Add((id, update.ToJsonString()));
        }

        _arrived.Notify();
        return id;
    }

    /// <summary>Enqueues caller-supplied update JSON verbatim; returns its update_id.</summary>
    public long EnqueueRaw(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        var id = JsonNode.Parse(json) is JsonObject update
            && update["update_id"] is JsonValue value
            && value.TryGetValue<long>(out var parsed)
                ? parsed
                : throw new ArgumentException("Raw update must be a JSON object with a numeric update_id.", nameof(json));
        lock (_gate)
        {
            _pending.Add((id, json));
            _nextId = Math.Max(_nextId, id + 1); // keep assigned ids increasing, like Telegram
        }

        _arrived.Notify();
        return id;
    }

    /// <summary>Applies getUpdates' offset: positive confirms (drops) ids below it; negative keeps the last -offset.</summary>
    public void Confirm(long? offset)
    {
        if (offset is not { } value)
        {
            return;
        }

        lock (_gate)
        {
            _lastOffset = value;
            if (value > 0)
            {
                _pending.RemoveAll(update => update.Id < value);
            }
            else if (value < 0 && _pending.Count > -value)
            {
                _pending.RemoveRange(0, _pending.Count - (int)-value);
            }
        }
    }

    /// <summary>Returns a JSON array of up to <paramref name="limit"/> pending updates, long-polling up to <paramref name="wait"/>.</summary>
    public async Task<string> TakeAsync(int limit, TimeSpan wait, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var arrived = _arrived.Current;
            lock (_gate)
            {
                if (_pending.Count > 0)
                {
                    return "[" + string.Join(",", _pending.Take(limit).Select(update => update.Json)) + "]";
                }
            }

            var remaining = wait - elapsed.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return "[]";
            }

            try
            {
                await arrived.WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return "[]";
            }
        }
    }
}
