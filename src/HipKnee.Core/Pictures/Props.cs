namespace HipKnee.Core.Pictures;

/// <summary>
/// What the exercise needs besides the floor (always there, at y = 0), in the picture's centimetres. Null when not
/// needed.
/// </summary>
/// <param name="Step">The step's top height, its front edge (the side the runner steps off) and its back.</param>
/// <param name="WallX">The face of a wall the runner leans a hand on.</param>
/// <param name="Rail">A handrail behind the runner: its height and its two ends.</param>
public sealed record Props(StepBox? Step = null, double? WallX = null, Handrail? Rail = null)
{
    public static readonly Props FloorOnly = new();
}
