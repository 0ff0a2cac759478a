using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>A chat's first pending message, a due bulk one, and whether more are pending behind it.</summary>
/// <remarks>Handed to the courier with the row, so the usual fan-out chat (one reminder) costs its courier no query.</remarks>
public sealed record BulkHead(OutboxMessage Message, bool HasMore);
