namespace HipKnee.Bot.Persistence;

public enum OutboxTopic
{
    Reply = 0,
    Reminder = 1,
    Broadcast = 2,
}
