namespace HipKnee.Bot.Options;

public enum TelegramMode
{
    Polling = 0,
    Webhook = 1,
}
