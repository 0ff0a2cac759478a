namespace HipKnee.Bot.Persistence;

public enum BroadcastStatus
{
    /// <summary>Written by /broadcast; waits for the admin's Send or Cancel.</summary>
    AwaitingConfirmation = 0,

    /// <summary>Confirmed; copies are being queued in batches.</summary>
    Queuing = 1,

    /// <summary>Every copy is in the outbox; the report comes once none is pending.</summary>
    Queued = 2,

    Finished = 3,
    Cancelled = 4,
}
