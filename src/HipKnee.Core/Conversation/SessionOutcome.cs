namespace HipKnee.Core.Conversation;

public enum SessionOutcome
{
    /// <summary>All eight sets were answered and at least six of them done: the only outcome that counts as a session.</summary>
    Completed = 1,

    /// <summary>The user ended it with /stop.</summary>
    Stopped = 2,

    /// <summary>Left unfinished for more than 12 hours and closed as partial.</summary>
    Abandoned = 3,

    /// <summary>All eight sets were answered but fewer than six done: recorded, never credited.</summary>
    Partial = 4,
}
