namespace HipKnee.Bot.Outbox;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,

    /// <summary>Never sent because the chat became unreachable (blocked by the user, chat gone).</summary>
    Dropped = 3,
}
