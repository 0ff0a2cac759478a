namespace HipKnee.Bot.Outbox;

public enum OutboxKind
{
    Message = 1,
    CallbackAnswer = 2,

    /// <summary>New text for the chat's earlier message with the same <see cref="OutboxMessage.Tag"/> (a countdown).</summary>
    Edit = 3,

    /// <summary>A picture (the /stats chart) in <see cref="OutboxMessage.Payload"/>, with <see cref="OutboxMessage.Text"/> as caption.</summary>
    Photo = 4,

    /// <summary>A file (an /export document) in <see cref="OutboxMessage.Payload"/>, named <see cref="OutboxMessage.FileName"/>.</summary>
    Document = 5,

    /// <summary>
    /// An exercise picture named by <see cref="OutboxMessage.FileName"/> (e.g. <c>forward-lunge.en.png</c>), with the set's
    /// prompt as caption and its buttons; the bytes are not stored: the transport sends Telegram's file id, or renders and uploads once.
    /// </summary>
    ExercisePicture = 6,
}
