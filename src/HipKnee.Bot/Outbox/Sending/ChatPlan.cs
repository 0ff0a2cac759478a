using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>A chat's pending messages in the order its courier sends them (<see cref="ChatNext"/>).</summary>
/// <param name="WholeQueue">Every pending message is in <paramref name="Steps"/>: none was left beyond the page read.</param>
public sealed record ChatPlan(IReadOnlyList<(OutboxMessage Message, SendLane Lane)> Steps, bool WholeQueue);
