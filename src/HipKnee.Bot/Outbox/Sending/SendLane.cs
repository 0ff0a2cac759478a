using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// Which queue a send waits in: answers to what a runner just did go first; reminders, summaries and broadcasts (bulk)
/// share what is left, with a guaranteed share of the global rate so a chatty hour cannot starve them.
/// </summary>
public enum SendLane
{
    Reply = 0,
    Bulk = 1,
}

public static class SendLanes
{
    public static SendLane Of(OutboxTopic topic) => topic == OutboxTopic.Reply ? SendLane.Reply : SendLane.Bulk;

    public static SendLane Of(OutboxMessage message) => Of(message.Topic);

    /// <summary>Messages that count against a chat's own pace: anything that appears as a new message, files included.</summary>
    public static bool IsChatMessage(OutboxKind kind) =>
        kind is OutboxKind.Message or OutboxKind.Photo or OutboxKind.Document or OutboxKind.ExercisePicture;
}
