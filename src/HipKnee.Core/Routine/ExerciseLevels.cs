using System.Globalization;

namespace HipKnee.Core.Routine;

/// <summary>The level a user is at in each exercise (0 = beginner variant); stored as e.g. "1,1,1,1".</summary>
public sealed record ExerciseLevels(int ForwardLunge, int SidePlank, int SingleLegBridge, int StepDown)
{
    public static readonly ExerciseLevels Start = All(HipRoutine.StartLevel);

    public static readonly ExerciseLevels Beginner = All(0);

    public static ExerciseLevels All(int level) => new ExerciseLevels(level, level, level, level).Clamped();

    public int Of(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => ForwardLunge,
        ExerciseId.SidePlank => SidePlank,
        ExerciseId.SingleLegBridge => SingleLegBridge,
        _ => StepDown,
    };

    public ExerciseLevels With(ExerciseId id, int level)
    {
        var clamped = Math.Clamp(level, 0, HipRoutine.Find(id).TopLevel);
        return id switch
        {
            ExerciseId.ForwardLunge => this with { ForwardLunge = clamped },
            ExerciseId.SidePlank => this with { SidePlank = clamped },
            ExerciseId.SingleLegBridge => this with { SingleLegBridge = clamped },
            _ => this with { StepDown = clamped },
        };
    }

    /// <summary>Every exercise moved by <paramref name="steps"/>, each kept within its own range.</summary>
    public ExerciseLevels Shift(int steps) =>
        HipRoutine.Exercises.Aggregate(this, (levels, exercise) => levels.With(exercise.Id, levels.Of(exercise.Id) + steps));

    public bool CanMoveUp => HipRoutine.Exercises.Any(e => Of(e.Id) < e.TopLevel);

    public bool CanStepBack => HipRoutine.Exercises.Any(e => Of(e.Id) > 0);

    public bool IsValid => HipRoutine.Exercises.All(e => Of(e.Id) >= 0 && Of(e.Id) <= e.TopLevel);

    public override string ToString() =>
        string.Join(',', HipRoutine.Exercises.Select(e => Of(e.Id).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads the stored form; anything unreadable falls back to the start level.</summary>
    public static ExerciseLevels Parse(string? stored)
    {
        var parts = (stored ?? "").Split(',');
        var levels = Start;
        for (var i = 0; i < HipRoutine.Exercises.Count && i < parts.Length; i++)
        {
            if (int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                levels = levels.With(HipRoutine.Exercises[i].Id, level);
            }
        }

        return levels;
    }

    private ExerciseLevels Clamped() => Shift(0);
}
