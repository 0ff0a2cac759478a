namespace HipKnee.Core.Progress;

/// <summary>What one calendar day was for the runner, as the Mini App's calendar colours it.</summary>
public enum DayStatus
{
    /// <summary>Before the user joined: neither missed nor rest.</summary>
    None,
    Completed,
    Partial,
    Missed,
    Rest,
    Upcoming,
}
