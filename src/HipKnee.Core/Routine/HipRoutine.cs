namespace HipKnee.Core.Routine;

/// <summary>The four-exercise hip routine, its progression steps, and the order of a session's eight sets.</summary>
/// <remarks>
/// Every step raises the work of a set by a third at most (dose progression in small steps, JOSPT 2019 CPG; Ferber 2015),
/// and the step-down stays on the guide's 20 cm step: later levels slow the lowering to 3 s or add a second round
/// instead of a higher step, which would load the kneecap more at depth.
/// </remarks>
public static class HipRoutine
{
    /// <summary>The level a new user starts at; one below it is each exercise's beginner variant.</summary>
    public const int StartLevel = 1;

    /// <summary>The largest rise of a set's work from one level to the next (+33 %).</summary>
    public const double MaxStepRise = 4.0 / 3.0;

    public static readonly Exercise ForwardLunge = new(ExerciseId.ForwardLunge,
        [new Dose(Reps: 8), new Dose(Reps: 10), new Dose(Reps: 12), new Dose(Reps: 15)]);

    public static readonly Exercise SidePlank = new(ExerciseId.SidePlank,
        [
            new Dose(Reps: 1, HoldSeconds: 15), new Dose(Reps: 1, HoldSeconds: 20), new Dose(Reps: 1, HoldSeconds: 25),
            new Dose(Reps: 1, HoldSeconds: 30), new Dose(Reps: 1, HoldSeconds: 40), new Dose(Reps: 1, HoldSeconds: 45),
        ]);

    public static readonly Exercise SingleLegBridge = new(ExerciseId.SingleLegBridge,
        [
            new Dose(Reps: 5, HoldSeconds: 5), new Dose(Reps: 5, HoldSeconds: 5), new Dose(Reps: 5, HoldSeconds: 6),
            new Dose(Reps: 5, HoldSeconds: 8), new Dose(Reps: 5, HoldSeconds: 10),
        ]);

    public static readonly Exercise StepDown = new(ExerciseId.StepDown,
        [
            new Dose(Reps: 10, StepHeightCm: 10), new Dose(Reps: 10, StepHeightCm: 20), new Dose(Reps: 12, StepHeightCm: 20),
            new Dose(Reps: 15, StepHeightCm: 20), new Dose(Reps: 15, StepHeightCm: 20, LowerSeconds: 3),
            new Dose(Reps: 10, StepHeightCm: 20, LowerSeconds: 3, Rounds: 2),
        ]);

    public static IReadOnlyList<Exercise> Exercises { get; } = [ForwardLunge, SidePlank, SingleLegBridge, StepDown];

    /// <summary>Each exercise left then right, in the order of the interface contract.</summary>
    public static IReadOnlyList<SessionSet> Sets { get; } = Exercises
        .SelectMany(exercise => new[] { exercise, exercise }.Select((e, i) => (e, side: i == 0 ? Side.Left : Side.Right)))
        .Select((pair, index) => new SessionSet(index, pair.e, pair.side))
        .ToArray();

    public static int SetCount => Sets.Count;

    /// <summary>Sets that must be done (not skipped) for a session to count as completed: 6 of 8.</summary>
    public const int SetsForCredit = 6;

    public static Exercise Find(ExerciseId id) => Exercises.Single(e => e.Id == id);
}
