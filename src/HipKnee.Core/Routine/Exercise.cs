namespace HipKnee.Core.Routine;

/// <summary>One of the four hip exercises and its progression: the dose of a set at each level, easiest first.</summary>
/// <remarks>
/// Level 0 is the beginner variant; level 1 is where everyone starts. Names, cues and the beginner variant's
/// wording live in the text catalogue, keyed by <see cref="Id"/>.
/// </remarks>
public sealed record Exercise(ExerciseId Id, IReadOnlyList<Dose> Steps)
{
    public int TopLevel => Steps.Count - 1;

    /// <summary>Whether a set can be timed by the bot (a single hold, or lifts held at the top).</summary>
    public bool IsTimed => Steps.All(step => step.IsHold);

    public Dose DoseAt(int level) => Steps[Math.Clamp(level, 0, TopLevel)];
}
