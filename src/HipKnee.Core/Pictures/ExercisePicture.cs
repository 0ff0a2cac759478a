using HipKnee.Core.Routine;

namespace HipKnee.Core.Pictures;

/// <summary>An exercise drawn as data: its key poses side by side, its props, the working side and the movement.</summary>
/// <param name="WorkingSide">The side whose leg does the work (the one drawn in the accent colour).</param>
public sealed record ExercisePicture(PictureKey Key, Side WorkingSide, IReadOnlyList<KeyPose> Poses, Props Props, Movement Movement)
{
    public PictureView View => Poses[0].Pose.View;
}
