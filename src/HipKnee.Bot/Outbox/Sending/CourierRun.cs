namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// One chat's courier as the sender sees it. While the courier waits in the bulk lane, a reply committed for the chat
/// cuts the wait short (<see cref="Preempt"/>), so the reply never waits behind its own chat's reminder.
/// </summary>
public sealed class CourierRun
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _bulkWait;
    private bool _replyWaiting;

    public Task Completion { get; set; } = Task.CompletedTask;

    public bool InBulkWait
    {
        get
        {
            lock (_gate)
            {
                return _bulkWait is not null && !_replyWaiting;
            }
        }
    }

    /// <summary>
    /// A token for one bulk send, cancelled when a reply comes for the chat; null when one already came since the
    /// courier last looked at the chat's messages (it should look again).
    /// </summary>
    public CancellationTokenSource? EnterBulkWait(CancellationToken ct)
    {
        lock (_gate)
        {
            if (_replyWaiting)
            {
                _replyWaiting = false;
                return null;
            }

            _bulkWait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            return _bulkWait;
        }
    }

    public void LeaveBulkWait()
    {
        lock (_gate)
        {
            _bulkWait?.Dispose();
            _bulkWait = null;
        }
    }

    /// <summary>A reply is due for the chat: stop waiting in the bulk lane (a call already on its way still completes).</summary>
    public void Preempt()
    {
        lock (_gate)
        {
            _replyWaiting = true;
            _bulkWait?.Cancel();
        }
    }
}
