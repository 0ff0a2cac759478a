namespace HipKnee.Testing.Fakes;

/// <summary>
/// A reusable "something changed" broadcast. Waiters must read <see cref="Current"/> BEFORE checking
/// the state they wait for; a change that happens in between then completes the task they hold.
/// </summary>
internal sealed class ChangeSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = New();

    public Task Current
    {
        get
        {
            lock (_gate)
            {
                return _next.Task;
            }
        }
    }

    public void Notify()
    {
        TaskCompletionSource fired;
        lock (_gate)
        {
            fired = _next;
            _next = New();
        }

        fired.TrySetResult();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
