namespace HipKnee.Core.Conversation;

public enum SessionOutcome
{
    /// <summary>All eight sets were answered (done or skipped).</summary>
    Completed = 1,

    /// <summary>The user ended it with /stop.</summary>
    Stopped = 2,

    /// <summary>Left unfinished for more than 12 hours and closed as partial.</summary>
    Abandoned = 3,
}
