namespace HipKnee.Core.Progress;

public enum PainTrend
{
    /// <summary>Too few answers to tell.</summary>
    Unknown = 0,
    Falling = 1,
    Steady = 2,
    Rising = 3,
}
