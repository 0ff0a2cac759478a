using HipKnee.Core.Routine;
using static HipKnee.Core.Pictures.BodyProportions;

namespace HipKnee.Core.Pictures;

/// <summary>
/// The side plank on the left forearm, seen from the front: the elbow under the shoulder, the hips lifted until the
/// body is one straight line; the other arm points at the ceiling so it cannot be read as a push-up.
/// </summary>
internal static class SidePlankPictures
{
    /// <summary>Faces the viewer with the head on the left: "forward" in the pose's angles is the ceiling.</summary>
    private const int Facing = 1;
    private const double ShoulderX = -70;
    private static readonly double ElbowHeight = Radius(BodyPart.UpperArm, PictureView.Front);
    private static readonly double ShoulderHeight = ElbowHeight + UpperArm;
    private static readonly double AnkleHeight = Radius(BodyPart.Shank, PictureView.Front);
    private static readonly double KneeHeight = Radius(BodyPart.Thigh, PictureView.Front);
    private static readonly double PelvisHeight = Radius(BodyPart.Pelvis, PictureView.Front);

    private static readonly Contact[] Forearm = [new(Joint.LeftElbow, Surface.Floor), new(Joint.LeftHand, Surface.Floor)];

    public static ExercisePicture Standard { get; } = new(
        new PictureKey(ExerciseId.SidePlank, Easier: false),
        Side.Left,
        [
            new KeyPose(HipsDown(kneesDown: false), [.. Forearm, new(Joint.Pelvis, Surface.Floor), new(Joint.LeftAnkle, Surface.Floor)]),
            new KeyPose(HipsUp(kneesDown: false), [.. Forearm, new(Joint.LeftAnkle, Surface.Floor)]),
        ],
        Props.FloorOnly,
        new Movement(Joint.Pelvis, new Point2(0, -20)));

    /// <summary>The easier variant: knees bent and resting on the floor, so the lever is half as long.</summary>
    public static ExercisePicture Easier { get; } = new(
        new PictureKey(ExerciseId.SidePlank, Easier: true),
        Side.Left,
        [
            new KeyPose(HipsDown(kneesDown: true), [.. Forearm, new(Joint.Pelvis, Surface.Floor), new(Joint.LeftKnee, Surface.Floor)]),
            new KeyPose(HipsUp(kneesDown: true), [.. Forearm, new(Joint.LeftKnee, Surface.Floor)]),
        ],
        Props.FloorOnly,
        new Movement(Joint.Pelvis, new Point2(0, -20)));

    /// <summary>Held: shoulder, hip and knee (and ankle, knees straight) on one line, the top arm up.</summary>
    private static Pose HipsUp(bool kneesDown)
    {
        var support = kneesDown ? Joint.LeftKnee : Joint.LeftAnkle;
        var height = kneesDown ? KneeHeight : AnkleHeight;
        var trunk = Solve(a => Rise(Skeleton.Place(Straight(a, kneesDown, hipsUp: true)), support), ShoulderHeight - height);
        return Anchored(Straight(trunk, kneesDown, hipsUp: true));
    }

    /// <summary>Start: propped on the forearm, the hip resting on the floor, the top hand on the hip.</summary>
    private static Pose HipsDown(bool kneesDown)
    {
        var trunk = Solve(a => Skeleton.Place(Straight(a, kneesDown, hipsUp: false))[Joint.LeftShoulder].Y, ShoulderHeight);
        var pose = Straight(trunk, kneesDown, hipsUp: false);
        var figure = Skeleton.Place(pose);
        var hip = figure[Joint.LeftHip];
        var drop = hip.Y - (kneesDown ? KneeHeight : AnkleHeight);
        var reach = kneesDown ? Thigh : Thigh + Shank - 0.05;
        var legDirection = Math.Acos(-drop / reach) * 180 / Math.PI;
        var leg = kneesDown
            ? new LegAngles(Reach.Normalize(trunk + 180 - legDirection), Reach.Normalize(90 - legDirection), 0)
            : new LegAngles(Reach.Normalize(trunk + 180 - legDirection), 0, 0);
        var onHip = figure[Joint.RightHip] + (Skeleton.Direction(trunk, Facing) * 12) + (Skeleton.Direction(trunk + 90, Facing) * 8);
        var rightArm = Reach.Arm(figure[Joint.RightShoulder], trunk, Facing, onHip, elbowForward: true);
        return Anchored(pose with { LeftLeg = leg, RightLeg = leg, RightArm = rightArm });
    }

    /// <summary>A body with legs in line with the trunk (knees bent onto the floor when asked), at the origin.</summary>
    private static Pose Straight(double trunk, bool kneesDown, bool hipsUp)
    {
        var bottomArm = new ArmAngles(trunk, -90);
        var topArm = new ArmAngles(trunk + 180, 0);
        var leg = kneesDown ? new LegAngles(0, Reach.Normalize(90 - (trunk + 180)), 0) : new LegAngles(0, 0, 0);
        return new Pose(new Point2(0, hipsUp ? 0 : PelvisHeight), trunk, 0, bottomArm, topArm, leg, leg, Facing, PictureView.Front);
    }

    private static double Rise(Figure figure, Joint support) => figure[Joint.LeftShoulder].Y - figure[support].Y;

    /// <summary>Moves the pose so the left elbow rests on the floor at the same place in every panel.</summary>
    private static Pose Anchored(Pose pose)
    {
        var shoulder = Skeleton.Place(pose)[Joint.LeftShoulder];
        return pose.MovedBy(new Point2(ShoulderX - shoulder.X, ShoulderHeight - shoulder.Y));
    }

    /// <summary>The trunk angle in (−89°, −20°) at which <paramref name="rise"/> reaches <paramref name="target"/> (it grows with the angle).</summary>
    private static double Solve(Func<double, double> rise, double target)
    {
        var (low, high) = (-89.0, -20.0);
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = rise(middle) < target ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }
}
