namespace HipKnee.Testing.Fakes;

/// <summary>Per-method (and optionally per-chat) FIFO queues of scripted faults, plus chats that always fail; thread-safe.</summary>
internal sealed class FaultScript
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Method, long? ChatId), Queue<ScriptedFault>> _queues = [];
    private readonly Dictionary<long, ScriptedFault> _blocked = [];

    public void Add(string method, ScriptedFault fault, int times, long? chatId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            var key = (method.ToUpperInvariant(), chatId);
            if (!_queues.TryGetValue(key, out var queue))
            {
                queue = new Queue<ScriptedFault>();
                _queues[key] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>Every sendMessage to <paramref name="chatId"/> fails with <paramref name="fault"/> from now on.</summary>
    public void Block(long chatId, ScriptedFault fault)
    {
        lock (_gate)
        {
            _blocked[chatId] = fault;
        }
    }

    /// <summary>The fault for this call: a permanent one for its chat, else the chat's next scripted one, else the method's.</summary>
    public ScriptedFault? TryTake(string method, long? chatId)
    {
        lock (_gate)
        {
            if (chatId is { } chat && method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) && _blocked.TryGetValue(chat, out var permanent))
            {
                return permanent;
            }

            var upper = method.ToUpperInvariant();
            return (chatId is not null && Take((upper, chatId)) is { } forChat) ? forChat : Take((upper, null));
        }
    }

    private ScriptedFault? Take((string, long?) key) =>
        _queues.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
}
