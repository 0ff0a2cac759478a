using HipKnee.Core.Pictures;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Tests.Pictures;

/// <summary>Joint angles measured back from a placed figure's joint positions (not read from the pose's numbers).</summary>
internal static class JointRanges
{
    public static double Knee(Figure figure, Side side) => Flexion(figure, Hip(side), Knee(side), Ankle(side));

    /// <summary>Positive when the forearm swings forward of the upper arm, as an elbow allows.</summary>
    public static double Elbow(Figure figure, Side side) =>
        -Flexion(figure, side == Side.Left ? Joint.LeftShoulder : Joint.RightShoulder, side == Side.Left ? Joint.LeftElbow : Joint.RightElbow,
            side == Side.Left ? Joint.LeftWrist : Joint.RightWrist);

    public static double HipFlexion(Figure figure, Side side)
    {
        var trunk = Skeleton.AngleOf(figure[Joint.Neck] - figure[Joint.Pelvis], figure.Pose.Facing);
        var thigh = Skeleton.AngleOf(figure[Knee(side)] - figure[Hip(side)], figure.Pose.Facing);
        return Reach.Normalize(trunk + 180 - thigh);
    }

    /// <summary>How far the second segment turns back from the line of the first (positive = towards the back).</summary>
    private static double Flexion(Figure figure, Joint first, Joint middle, Joint last)
    {
        var upper = Skeleton.AngleOf(figure[middle] - figure[first], figure.Pose.Facing);
        var lower = Skeleton.AngleOf(figure[last] - figure[middle], figure.Pose.Facing);
        return Reach.Normalize(lower - upper);
    }

    private static Joint Hip(Side side) => side == Side.Left ? Joint.LeftHip : Joint.RightHip;

    private static Joint Knee(Side side) => side == Side.Left ? Joint.LeftKnee : Joint.RightKnee;

    private static Joint Ankle(Side side) => side == Side.Left ? Joint.LeftAnkle : Joint.RightAnkle;
}
