namespace HipKnee.Bot.Outbox;

public enum OutboxTopic
{
    Reply = 0,
    Reminder = 1,
    Broadcast = 2,

    /// <summary>The weekly summary and check-in.</summary>
    Summary = 3,
}
