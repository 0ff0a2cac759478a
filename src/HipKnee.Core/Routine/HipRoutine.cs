namespace HipKnee.Core.Routine;

/// <summary>The four-exercise hip routine and the order of a session's eight sets.</summary>
public static class HipRoutine
{
    public static readonly Exercise ForwardLunge = new(ExerciseId.ForwardLunge,
        Standard: new Dose(Reps: 10), Beginner: new Dose(Reps: 8), CueCount: 3);

    public static readonly Exercise SidePlank = new(ExerciseId.SidePlank,
        Standard: new Dose(Reps: 1, HoldSeconds: 20), Beginner: new Dose(Reps: 1, HoldSeconds: 15), CueCount: 3);

    public static readonly Exercise SingleLegBridge = new(ExerciseId.SingleLegBridge,
        Standard: new Dose(Reps: 5, HoldSeconds: 5), Beginner: new Dose(Reps: 5, HoldSeconds: 5), CueCount: 3);

    public static readonly Exercise StepDown = new(ExerciseId.StepDown,
        Standard: new Dose(Reps: 10, StepHeightCm: 20), Beginner: new Dose(Reps: 10, StepHeightCm: 10), CueCount: 3);

    public static IReadOnlyList<Exercise> Exercises { get; } = [ForwardLunge, SidePlank, SingleLegBridge, StepDown];

    /// <summary>Each exercise left then right, in the order of the interface contract.</summary>
    public static IReadOnlyList<SessionSet> Sets { get; } = Exercises
        .SelectMany(exercise => new[] { exercise, exercise }.Select((e, i) => (e, side: i == 0 ? Side.Left : Side.Right)))
        .Select((pair, index) => new SessionSet(index, pair.e, pair.side))
        .ToArray();

    public static int SetCount => Sets.Count;

    public static Exercise Find(ExerciseId id) => Exercises.Single(e => e.Id == id);
}
