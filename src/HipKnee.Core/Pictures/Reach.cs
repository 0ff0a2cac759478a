using static HipKnee.Core.Pictures.BodyProportions;

namespace HipKnee.Core.Pictures;

/// <summary>
/// Inverse kinematics for describing poses: the joint angles that put a foot or a hand where the exercise needs it
/// (on the floor, the step, the wall), so key poses are written as places and stored as angles.
/// </summary>
public static class Reach
{
    /// <summary>The leg's angles that put its ankle at <paramref name="ankle"/>, the knee bending forward as knees do.</summary>
    /// <param name="footDirection">The foot's direction from straight up: 90 is level and forward.</param>
    public static LegAngles Leg(Point2 hip, double trunk, int facing, Point2 ankle, double footDirection)
    {
        var (line, atRoot, bend) = TwoLinks(hip, ankle, Thigh, Shank, facing);
        var thigh = line - atRoot;
        var shank = thigh + bend;
        return new LegAngles(Normalize(trunk + 180 - thigh), bend, Normalize(footDirection - shank + 90));
    }

    /// <summary>The arm's angles that put the hand at <paramref name="hand"/>, the elbow bending as elbows do.</summary>
    /// <param name="elbowForward">
    /// Put the elbow on the front side of the shoulder–hand line: only for the front view, where the in-plane bend
    /// of a hand on the hip is really the elbow pointing out to the side.
    /// </param>
    public static ArmAngles Arm(Point2 shoulder, double trunk, int facing, Point2 hand, bool elbowForward = false)
    {
        var (line, atRoot, bend) = TwoLinks(shoulder, hand, UpperArm, Forearm + Hand, facing);
        return elbowForward
            ? new ArmAngles(Normalize(trunk + 180 - (line - atRoot)), -bend)
            : new ArmAngles(Normalize(trunk + 180 - (line + atRoot)), bend);
    }

    /// <summary>Where the ankle is when the heel rests at <paramref name="heel"/> and the foot points <paramref name="footDirection"/>.</summary>
    public static Point2 AnkleOverHeel(Point2 heel, double footDirection, int facing) =>
        heel + (Skeleton.Direction(footDirection - 90, facing) * AnkleHeight) + (Skeleton.Direction(footDirection, facing) * HeelBehindAnkle);

    /// <summary>Where the ankle is when the toe rests at <paramref name="toe"/> and the foot points <paramref name="footDirection"/>.</summary>
    public static Point2 AnkleOverToe(Point2 toe, double footDirection, int facing) =>
        toe + (Skeleton.Direction(footDirection - 90, facing) * AnkleHeight) - (Skeleton.Direction(footDirection, facing) * ToeBeforeAnkle);

    public static double Normalize(double degrees)
    {
        var turned = degrees % 360;
        return turned switch
        {
            > 180 => turned - 360,
            <= -180 => turned + 360,
            _ => turned,
        };
    }

    /// <summary>Two links from a root to a target: the line's direction, the first link's angle off it, and the bend.</summary>
    private static (double Line, double AtRoot, double Bend) TwoLinks(Point2 root, Point2 target, double first, double second, int facing)
    {
        // A target out of reach straightens the limb towards it (a nearly straight knee rather than no answer).
        var distance = Math.Clamp(root.DistanceTo(target), Math.Abs(first - second) + 0.01, first + second - 0.01);
        var atRoot = Math.Acos(((first * first) + (distance * distance) - (second * second)) / (2 * first * distance));
        var inner = Math.Acos(((first * first) + (second * second) - (distance * distance)) / (2 * first * second));
        return (Skeleton.AngleOf(target - root, facing), Degrees(atRoot), 180 - Degrees(inner));
    }

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
