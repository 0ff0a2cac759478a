using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Inbox;

/// <param name="Rows">The rows to handle, oldest first.</param>
/// <param name="WaitsForAnother">Some rows were held back behind an earlier row of their chat that another live
/// instance holds; they are looked at again soon, as that instance handles its row in a moment.</param>
public sealed record InboxBatch(IReadOnlyList<InboxUpdate> Rows, bool WaitsForAnother);
