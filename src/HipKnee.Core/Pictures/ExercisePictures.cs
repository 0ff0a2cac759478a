using HipKnee.Core.Routine;

namespace HipKnee.Core.Pictures;

/// <summary>Every exercise picture: each exercise as done from the start level up, and its easier variant.</summary>
public static class ExercisePictures
{
    public static IReadOnlyList<ExercisePicture> All { get; } =
    [
        LungePictures.Standard, LungePictures.Easier,
        SidePlankPictures.Standard, SidePlankPictures.Easier,
        BridgePictures.Standard, BridgePictures.Easier,
        StepDownPictures.Standard, StepDownPictures.Easier,
    ];

    public static ExercisePicture Find(PictureKey key) => All.Single(picture => picture.Key == key);

    /// <summary>The picture a user at <paramref name="levels"/> needs for this exercise.</summary>
    public static ExercisePicture For(ExerciseId exercise, ExerciseLevels levels) => Find(PictureKey.For(exercise, levels.Of(exercise)));
}
