namespace HipKnee.Core.Routine;

/// <summary>How much of an exercise one set asks for, per leg or side.</summary>
/// <param name="Reps">Repetitions per set; 1 for a single hold.</param>
/// <param name="HoldSeconds">Seconds each repetition is held; 0 for a moving exercise.</param>
/// <param name="StepHeightCm">Height of the step, for the step-down; 0 otherwise.</param>
/// <param name="LowerSeconds">Seconds the lowering takes (a slow step-down); 0 for the usual pace.</param>
/// <param name="Rounds">How many times the set is done per side, with a short rest between.</param>
public sealed record Dose(int Reps, int HoldSeconds = 0, int StepHeightCm = 0, int LowerSeconds = 0, int Rounds = 1)
{
    /// <summary>The rest between two holds of a set of several holds (the bridge), as the timer counts it.</summary>
    public const int RestBetweenHoldsSeconds = 3;

    public bool IsHold => HoldSeconds > 0;

    /// <summary>The work in one set: repetitions, times seconds held, times rounds; what a progression step may raise by a third at most.</summary>
    public int Volume => Reps * Rounds * Math.Max(1, HoldSeconds);
}
