using System.Globalization;

namespace HipKnee.Core.Routine;

/// <summary>When each exercise's level last changed, so each one's two weeks toward a move-up count from its own change.</summary>
/// <remarks>Stored as Unix milliseconds per exercise, e.g. "1772434800000,,," (empty for never).</remarks>
public sealed record LevelChangeTimes(DateTimeOffset? ForwardLunge, DateTimeOffset? SidePlank, DateTimeOffset? SingleLegBridge, DateTimeOffset? StepDown)
{
    public static readonly LevelChangeTimes None = new(null, null, null, null);

    public DateTimeOffset? Of(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => ForwardLunge,
        ExerciseId.SidePlank => SidePlank,
        ExerciseId.SingleLegBridge => SingleLegBridge,
        _ => StepDown,
    };

    public LevelChangeTimes With(ExerciseId id, DateTimeOffset at) => id switch
    {
        ExerciseId.ForwardLunge => this with { ForwardLunge = at },
        ExerciseId.SidePlank => this with { SidePlank = at },
        ExerciseId.SingleLegBridge => this with { SingleLegBridge = at },
        _ => this with { StepDown = at },
    };

    /// <summary>Every exercise whose level differs between <paramref name="before"/> and <paramref name="after"/> changed at <paramref name="at"/>.</summary>
    public LevelChangeTimes After(ExerciseLevels before, ExerciseLevels after, DateTimeOffset at) =>
        HipRoutine.Exercises.Where(e => before.Of(e.Id) != after.Of(e.Id)).Aggregate(this, (times, e) => times.With(e.Id, at));

    /// <summary>
    /// The stored form: "" for never (the column's default, so a user whose levels never changed is saved unchanged, and
    /// the reminder scan's fast path applies to them), else one Unix-milliseconds field per exercise, empty for never.
    /// </summary>
    public override string ToString() => this == None ? "" : string.Join(',', HipRoutine.Exercises.Select(e =>
        Of(e.Id) is { } at ? at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : ""));

    /// <summary>Reads the stored form; anything unreadable is "never".</summary>
    public static LevelChangeTimes Parse(string? stored)
    {
        var parts = (stored ?? "").Split(',');
        var times = None;
        for (var i = 0; i < HipRoutine.Exercises.Count && i < parts.Length; i++)
        {
            if (long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
            {
                times = times.With(HipRoutine.Exercises[i].Id, DateTimeOffset.FromUnixTimeMilliseconds(ms));
            }
        }

        return times;
    }
}
