namespace HipKnee.Bot.Persistence;

public enum OutboxKind
{
    Message = 1,
    CallbackAnswer = 2,
}
