using HipKnee.Core.Routine;
using static HipKnee.Core.Pictures.BodyProportions;
using static HipKnee.Core.Pictures.SideViewKit;

namespace HipKnee.Core.Pictures;

/// <summary>
/// The single-leg bridge on the left leg, seen from the side: lying on the back with the right ankle crossed over the
/// left knee, the hips lift until shoulders, hips and knee are in line.
/// </summary>
internal static class BridgePictures
{
    private const double ShoulderForward = -60;
    private const double BackHeight = 15;
    private const double Elevation = 20;
    private const double UpperArmDirection = 107.4;
    private static readonly (Point2 Ankle, double Foot) PlantedFoot = FlatFoot(40);
    private static readonly Point2 LyingPelvis = At(ShoulderForward + Trunk, BackHeight);
    private static readonly Point2 LiftedPelvis = At(
        ShoulderForward + (Trunk * Math.Cos(Elevation * Math.PI / 180)), BackHeight + (Trunk * Math.Sin(Elevation * Math.PI / 180)));

    private static readonly Contact[] Lying =
    [
        new(Joint.LeftHeel, Surface.Floor), new(Joint.LeftToe, Surface.Floor), new(Joint.LeftElbow, Surface.Floor), new(Joint.LeftHand, Surface.Floor),
    ];

    public static ExercisePicture Standard { get; } = new(
        new PictureKey(ExerciseId.SingleLegBridge, Easier: false),
        Side.Left,
        [
            new KeyPose(Crossed(LyingPelvis, -90), [.. Lying, new(Joint.Pelvis, Surface.Floor)]),
            new KeyPose(Crossed(LiftedPelvis, -90 - Elevation), Lying),
        ],
        Props.FloorOnly,
        new Movement(Joint.Pelvis, At(16, 0)));

    /// <summary>The easier variant: both feet stay on the floor.</summary>
    public static ExercisePicture Easier { get; } = new(
        new PictureKey(ExerciseId.SingleLegBridge, Easier: true),
        Side.Left,
        [
            new KeyPose(BothFeet(LyingPelvis, -90), [.. Lying, new(Joint.Pelvis, Surface.Floor), new(Joint.RightHeel, Surface.Floor)]),
            new KeyPose(BothFeet(LiftedPelvis, -90 - Elevation), [.. Lying, new(Joint.RightHeel, Surface.Floor)]),
        ],
        Props.FloorOnly,
        new Movement(Joint.Pelvis, At(16, 0)));

    private static Pose BothFeet(Point2 pelvis, double trunk) => Lie(pelvis, trunk, FlatFoot(29));

    /// <summary>The right ankle rests on top of the left knee (the figure-four of the cue).</summary>
    private static Pose Crossed(Point2 pelvis, double trunk)
    {
        var knee = Skeleton.Place(Lie(pelvis, trunk, PlantedFoot))[Joint.LeftKnee];
        var onKnee = knee + new Point2(0, Radius(BodyPart.Thigh, PictureView.Side) + Radius(BodyPart.Shank, PictureView.Side));
        return Lie(pelvis, trunk, (onKnee, 115));
    }

    /// <summary>On the back, arms along the floor, the head resting on the floor, the left foot planted.</summary>
    private static Pose Lie(Point2 pelvis, double trunk, (Point2 Ankle, double Foot) right)
    {
        var arm = new ArmAngles(Reach.Normalize(trunk + 180 - UpperArmDirection), UpperArmDirection - 90);
        // The neck bends so the head's back touches the floor behind the shoulders.
        var headDirection = -Math.Acos((HeadRadius - BackHeight) / NeckToHeadCentre) * 180 / Math.PI;
        return Posed(pelvis, trunk, PlantedFoot, right, arm, arm, neck: headDirection - trunk);
    }
}
