namespace HipKnee.Testing.Fakes;

/// <summary>Per-method FIFO queues of scripted faults; thread-safe.</summary>
internal sealed class FaultScript
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<ScriptedFault>> _byMethod = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string method, ScriptedFault fault, int times)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            if (!_byMethod.TryGetValue(method, out var queue))
            {
                queue = new Queue<ScriptedFault>();
                _byMethod[method] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public ScriptedFault? TryTake(string method)
    {
        lock (_gate)
        {
            return _byMethod.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
        }
    }
}
