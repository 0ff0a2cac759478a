namespace HipKnee.Core.Routine;

/// <summary>One of the four hip exercises: what a set asks for at each level.</summary>
/// <remarks>Names, cues and the beginner variant's wording live in the text catalogue, keyed by <see cref="Id"/>.</remarks>
public sealed record Exercise(ExerciseId Id, Dose Standard, Dose Beginner, int CueCount)
{
    public Dose DoseFor(Level level) => level == Level.Beginner ? Beginner : Standard;
}
