using HipKnee.Core.Routine;
using static HipKnee.Core.Pictures.SideViewKit;

namespace HipKnee.Core.Pictures;

/// <summary>The forward lunge, left leg forward: from standing, a long step into both knees bent to about 90°.</summary>
internal static class LungePictures
{
    private const double WallForward = 88;

    private static readonly Contact[] FeetDown =
    [
        new(Joint.LeftHeel, Surface.Floor), new(Joint.LeftToe, Surface.Floor), new(Joint.RightHeel, Surface.Floor), new(Joint.RightToe, Surface.Floor),
    ];

    private static readonly Contact[] SplitStance =
        [new(Joint.LeftHeel, Surface.Floor), new(Joint.LeftToe, Surface.Floor), new(Joint.RightToe, Surface.Floor)];

    /// <summary>The hand's centre, flat against the wall at this height.</summary>
    private static Point2 WallHand(double height) => At(WallForward - (BodyProportions.Thickness(BodyPart.Forearm, PictureView.Side) / 2), height);

    private static readonly ArmAngles NearArm = new(12, 18);
    private static readonly ArmAngles FarArm = new(-10, 12);

    public static ExercisePicture Standard { get; } = new(
        new PictureKey(ExerciseId.ForwardLunge, Easier: false),
        Side.Left,
        [
            new KeyPose(Posed(At(4, 92.6), 0, FlatFoot(1), FlatFoot(-3), NearArm, FarArm), FeetDown),
            // The front knee stays over the middle of the front foot; the back knee sinks towards the floor.
            new KeyPose(Posed(At(34, 53), 0, FlatFoot(62), OnToes(-22, 145), NearArm, FarArm),
                [new(Joint.LeftHeel, Surface.Floor), new(Joint.LeftToe, Surface.Floor), new(Joint.RightToe, Surface.Floor)]),
        ],
        Props.FloorOnly,
        new Movement(Joint.Pelvis, At(-30, 0)));

    /// <summary>The supported lunge: a normal step, a hand on a wall, sinking only as far as is comfortable.</summary>
    public static ExercisePicture Easier { get; } = new(
        new PictureKey(ExerciseId.ForwardLunge, Easier: true),
        Side.Left,
        [
            new KeyPose(Posed(At(22, 83), 5, FlatFoot(55), OnToes(-15, 130), HandTo(At(22, 83), 5, WallHand(126)), FarArm),
                [.. SplitStance, new(Joint.LeftHand, Surface.Wall)]),
            new KeyPose(Posed(At(27, 72), 6, FlatFoot(55), OnToes(-15, 130), HandTo(At(27, 72), 6, WallHand(116)), FarArm),
                [.. SplitStance, new(Joint.LeftHand, Surface.Wall)]),
        ],
        new Props(WallX: At(WallForward, 0).X),
        new Movement(Joint.Pelvis, At(-30, 0)));
}
