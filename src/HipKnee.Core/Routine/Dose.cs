namespace HipKnee.Core.Routine;

/// <summary>How much of an exercise one set asks for, per leg or side.</summary>
/// <param name="Reps">Repetitions per set; 1 for a single hold.</param>
/// <param name="HoldSeconds">Seconds each repetition is held; 0 for a moving exercise.</param>
/// <param name="StepHeightCm">Height of the step, for the step-down; 0 otherwise.</param>
public sealed record Dose(int Reps, int HoldSeconds = 0, int StepHeightCm = 0)
{
    public bool IsHold => HoldSeconds > 0;
}
