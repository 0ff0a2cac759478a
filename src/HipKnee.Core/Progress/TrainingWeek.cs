namespace HipKnee.Core.Progress;

/// <summary>One training week in the user's calendar.</summary>
/// <param name="Start">Its first local day (the user's language decides which weekday that is).</param>
/// <param name="Completed">Sessions completed in it (all eight sets answered), counted on the local day they started.</param>
/// <param name="Planned">Sessions that were due in it so far: three for a past week, fewer for the first and the current one.</param>
/// <param name="AveragePain">Mean knee-pain answer in it; null without answers.</param>
public sealed record TrainingWeek(DateOnly Start, int Completed, int Planned, double? AveragePain)
{
    public bool IsMet => Completed >= TrainingWeeks.Goal;

    /// <summary>Completed sessions that count against the plan: extra sessions don't make up for another week.</summary>
    public int Credited => Math.Min(Completed, Planned);
}
