namespace HipKnee.Core.Pictures;

/// <summary>Helpers for writing side-view poses as places: distances forward of a mark and heights above the floor.</summary>
internal static class SideViewKit
{
    /// <summary>The runner faces left, so their left side (the side each exercise's first set works) is the near one.</summary>
    public const int Facing = -1;

    public static Point2 At(double forward, double up) => new(forward * Facing, up);

    /// <summary>The ankle of a foot standing flat with its heel <paramref name="heelForward"/> along a surface that high.</summary>
    public static (Point2 Ankle, double Foot) FlatFoot(double heelForward, double height = 0) =>
        (Reach.AnkleOverHeel(At(heelForward, height), 90, Facing), 90);

    /// <summary>The ankle of a foot with only its heel down, toes lifted to <paramref name="footDirection"/> (below 90).</summary>
    public static (Point2 Ankle, double Foot) OnHeel(double heelForward, double footDirection, double height = 0) =>
        (Reach.AnkleOverHeel(At(heelForward, height), footDirection, Facing), footDirection);

    /// <summary>The ankle of a foot on its toes, the heel raised so the foot points <paramref name="footDirection"/> (above 90).</summary>
    public static (Point2 Ankle, double Foot) OnToes(double toeForward, double footDirection, double height = 0) =>
        (Reach.AnkleOverToe(At(toeForward, height), footDirection, Facing), footDirection);

    public static Point2 Shoulder(Point2 pelvis, double trunk) => pelvis + (Skeleton.Direction(trunk, Facing) * BodyProportions.Trunk);

    public static ArmAngles HandTo(Point2 pelvis, double trunk, Point2 hand) => Reach.Arm(Shoulder(pelvis, trunk), trunk, Facing, hand);

    public static Pose Posed(Point2 pelvis, double trunk, (Point2 Ankle, double Foot) left, (Point2 Ankle, double Foot) right,
        ArmAngles leftArm, ArmAngles rightArm, double neck = 0) =>
        new(pelvis, trunk, neck, leftArm, rightArm,
            Reach.Leg(pelvis, trunk, Facing, left.Ankle, left.Foot), Reach.Leg(pelvis, trunk, Facing, right.Ankle, right.Foot), Facing);
}
