using HipKnee.Core.Routine;

namespace HipKnee.Core.Pictures;

/// <summary>Which picture: an exercise, as done at the start level and up or as its easier (beginner) variant.</summary>
public sealed record PictureKey(ExerciseId Exercise, bool Easier)
{
    /// <summary>A stable file-name-like name, e.g. <c>forward-lunge-easier</c>; stored with Telegram's file ids.</summary>
    public string Name => Exercise switch
    {
        ExerciseId.ForwardLunge => "forward-lunge",
        ExerciseId.SidePlank => "side-plank",
        ExerciseId.SingleLegBridge => "single-leg-bridge",
        _ => "step-down",
    } + (Easier ? "-easier" : "");

    /// <summary>The picture for an exercise at a user's level: level 0 is the beginner variant.</summary>
    public static PictureKey For(ExerciseId exercise, int level) => new(exercise, level == 0);
}
