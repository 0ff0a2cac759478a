using System.Diagnostics;

namespace HipKnee.Testing.Fakes;

/// <summary>Thread-safe log of received calls with awaitable "wait until" queries.</summary>
internal sealed class CallRecorder
{
    private readonly Lock _gate = new();
    private readonly List<RecordedCall> _calls = [];
    private readonly ChangeSignal _changed = new();

    /// <summary>Told of every call as it is recorded (for load drivers that cannot afford a snapshot per call).</summary>
    public Action<RecordedCall>? Observer { get; set; }

    /// <summary>False: calls go to the <see cref="Observer"/> only and are not kept (for memory measurements).</summary>
    public bool Keep { get; set; } = true;

    public IReadOnlyList<RecordedCall> Snapshot()
    {
        lock (_gate)
        {
            return _calls.ToArray();
        }
    }

    public void Add(RecordedCall call)
    {
        if (Keep)
        {
            lock (_gate)
            {
                _calls.Add(call);
            }
        }

        Observer?.Invoke(call);
        _changed.Notify();
    }

    /// <summary>
    /// Re-evaluates <paramref name="probe"/> on every new call until it returns non-null;
    /// throws <see cref="TimeoutException"/> describing <paramref name="what"/> and all calls seen.
    /// </summary>
    public async Task<RecordedCall> WaitAsync(
        Func<IReadOnlyList<RecordedCall>, RecordedCall?> probe, TimeSpan timeout, string what)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var changed = _changed.Current;
            var calls = Snapshot();
            if (probe(calls) is { } found)
            {
                return found;
            }

            var remaining = timeout - elapsed.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    $"FakeBotApi: timed out after {timeout.TotalSeconds:0.###} s waiting for {what}. "
                    + $"Calls so far ({calls.Count}):{Environment.NewLine}{CallLog.Describe(calls)}");
            }

            try
            {
                await changed.WaitAsync(remaining).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Loop once more: re-check the state, then report the timeout with the final call list.
            }
        }
    }
}
