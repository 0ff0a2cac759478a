namespace HipKnee.Bot.Persistence;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}
