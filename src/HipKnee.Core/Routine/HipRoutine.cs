namespace HipKnee.Core.Routine;

/// <summary>The four-exercise hip routine, its progression steps, and the order of a session's eight sets.</summary>
public static class HipRoutine
{
    /// <summary>The level a new user starts at; one below it is each exercise's beginner variant.</summary>
    public const int StartLevel = 1;

    public static readonly Exercise ForwardLunge = new(ExerciseId.ForwardLunge,
        [new Dose(Reps: 8), new Dose(Reps: 10), new Dose(Reps: 12), new Dose(Reps: 15)], CueCount: 3);

    public static readonly Exercise SidePlank = new(ExerciseId.SidePlank,
        [new Dose(Reps: 1, HoldSeconds: 15), new Dose(Reps: 1, HoldSeconds: 20), new Dose(Reps: 1, HoldSeconds: 30), new Dose(Reps: 1, HoldSeconds: 45)],
        CueCount: 3);

    public static readonly Exercise SingleLegBridge = new(ExerciseId.SingleLegBridge,
        [new Dose(Reps: 5, HoldSeconds: 5), new Dose(Reps: 5, HoldSeconds: 5), new Dose(Reps: 5, HoldSeconds: 8), new Dose(Reps: 5, HoldSeconds: 10)],
        CueCount: 3);

    public static readonly Exercise StepDown = new(ExerciseId.StepDown,
        [
            new Dose(Reps: 10, StepHeightCm: 10), new Dose(Reps: 10, StepHeightCm: 20), new Dose(Reps: 12, StepHeightCm: 20),
            new Dose(Reps: 15, StepHeightCm: 20), new Dose(Reps: 15, StepHeightCm: 30),
        ],
        CueCount: 3);

    public static IReadOnlyList<Exercise> Exercises { get; } = [ForwardLunge, SidePlank, SingleLegBridge, StepDown];

    /// <summary>Each exercise left then right, in the order of the interface contract.</summary>
    public static IReadOnlyList<SessionSet> Sets { get; } = Exercises
        .SelectMany(exercise => new[] { exercise, exercise }.Select((e, i) => (e, side: i == 0 ? Side.Left : Side.Right)))
        .Select((pair, index) => new SessionSet(index, pair.e, pair.side))
        .ToArray();

    public static int SetCount => Sets.Count;

    public static Exercise Find(ExerciseId id) => Exercises.Single(e => e.Id == id);
}
