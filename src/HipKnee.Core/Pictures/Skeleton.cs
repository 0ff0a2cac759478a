using HipKnee.Core.Routine;
using static HipKnee.Core.Pictures.BodyProportions;

namespace HipKnee.Core.Pictures;

/// <summary>Forward kinematics: a pose's joint angles → joint positions and limb strokes.</summary>
/// <remarks>
/// Directions are angles in degrees from straight up, positive towards where the figure faces, so one set of angles
/// works for a figure facing either way.
/// </remarks>
public static class Skeleton
{
    public static Figure Place(Pose pose)
    {
        var joints = new Dictionary<Joint, Point2>();
        var trunk = Direction(pose.Trunk, pose.Facing);
        var neck = pose.Pelvis + (trunk * Trunk);
        var lateral = pose.View == PictureView.Front ? Direction(pose.Trunk + 90, pose.Facing) : new Point2(0, 0);
        joints[Joint.Pelvis] = pose.Pelvis;
        joints[Joint.Neck] = neck;
        joints[Joint.HeadCentre] = neck + (Direction(pose.Trunk + pose.Neck, pose.Facing) * NeckToHeadCentre);
        var segments = new List<LimbSegment>();
        var legs = new[] { (Side.Left, pose.LeftLeg, -1.0), (Side.Right, pose.RightLeg, 1.0) };
        var arms = new[] { (Side.Left, pose.LeftArm, -1.0), (Side.Right, pose.RightArm, 1.0) };
        var near = pose.View == PictureView.Front ? (Side?)null : pose.Facing < 0 ? Side.Left : Side.Right;
        var limbs = new Dictionary<Side, List<LimbSegment>> { [Side.Left] = [], [Side.Right] = [] };
        foreach (var (side, leg, sign) in legs)
        {
            limbs[side].AddRange(PlaceLeg(pose, side, leg, pose.Pelvis + (lateral * (sign * HalfHipWidth)), joints));
        }

        foreach (var (side, arm, sign) in arms)
        {
            limbs[side].AddRange(PlaceArm(pose, side, arm, neck + (lateral * (sign * HalfShoulderWidth)), joints));
        }

        var legsAndFeet = new[] { BodyPart.Thigh, BodyPart.Shank, BodyPart.Foot };
        if (near is { } nearSide)
        {
            // Side view: the far limbs go behind the body, the near ones in front of it.
            segments.AddRange(limbs[nearSide == Side.Left ? Side.Right : Side.Left]);
            AddBody(pose, trunk, neck, joints, segments);
            segments.AddRange(limbs[nearSide]);
        }
        else
        {
            // Front view: both legs, then the body, then both arms over it.
            segments.AddRange(limbs[Side.Left].Concat(limbs[Side.Right]).Where(s => legsAndFeet.Contains(s.Part)));
            AddBody(pose, trunk, neck, joints, segments);
            segments.AddRange(limbs[Side.Left].Concat(limbs[Side.Right]).Where(s => !legsAndFeet.Contains(s.Part)));
        }

        return new Figure(pose, joints, segments);
    }

    private static void AddBody(Pose pose, Point2 trunk, Point2 neck, Dictionary<Joint, Point2> joints, List<LimbSegment> segments)
    {
        segments.Add(new LimbSegment(BodyPart.Pelvis, null, pose.Pelvis, pose.Pelvis + (trunk * 14), Thickness(BodyPart.Pelvis, pose.View)));
        segments.Add(new LimbSegment(BodyPart.Trunk, null, pose.Pelvis + (trunk * 16), neck - (trunk * 7), Thickness(BodyPart.Trunk, pose.View)));
        segments.Add(new LimbSegment(BodyPart.Head, null, neck, joints[Joint.HeadCentre], Thickness(BodyPart.Head, pose.View)));
    }

    /// <summary>The unit vector <paramref name="degrees"/> from straight up, turned towards the facing side.</summary>
    public static Point2 Direction(double degrees, int facing)
    {
        var radians = degrees * Math.PI / 180;
        return new Point2(Math.Sin(radians) * facing, Math.Cos(radians));
    }

    /// <summary>The direction of a vector as <see cref="Direction"/> measures it, in (−180, 180].</summary>
    public static double AngleOf(Point2 vector, int facing) => Math.Atan2(vector.X * facing, vector.Y) * 180 / Math.PI;

    private static IEnumerable<LimbSegment> PlaceLeg(Pose pose, Side side, LegAngles leg, Point2 hip, Dictionary<Joint, Point2> joints)
    {
        var thighAngle = pose.Trunk + 180 - leg.Hip;
        var shankAngle = thighAngle + leg.Knee;
        var knee = hip + (Direction(thighAngle, pose.Facing) * Thigh);
        var ankle = knee + (Direction(shankAngle, pose.Facing) * Shank);
        var (heel, toe, footFrom, footTo) = Foot(pose, ankle, shankAngle, leg.Ankle);
        var left = side == Side.Left;
        joints[left ? Joint.LeftHip : Joint.RightHip] = hip;
        joints[left ? Joint.LeftKnee : Joint.RightKnee] = knee;
        joints[left ? Joint.LeftAnkle : Joint.RightAnkle] = ankle;
        joints[left ? Joint.LeftHeel : Joint.RightHeel] = heel;
        joints[left ? Joint.LeftToe : Joint.RightToe] = toe;
        yield return new LimbSegment(BodyPart.Thigh, side, hip, knee, Thickness(BodyPart.Thigh, pose.View));
        yield return new LimbSegment(BodyPart.Shank, side, knee, ankle, Thickness(BodyPart.Shank, pose.View));
        yield return new LimbSegment(BodyPart.Foot, side, footFrom, footTo, Thickness(BodyPart.Foot, pose.View));
    }

    /// <summary>Heel and toe on the sole, and the foot's stroke drawn so its round ends stop at them.</summary>
    private static (Point2 Heel, Point2 Toe, Point2 From, Point2 To) Foot(Pose pose, Point2 ankle, double shankAngle, double plantar)
    {
        var radius = Thickness(BodyPart.Foot, pose.View) / 2;
        if (pose.View == PictureView.Front)
        {
            // Seen from the front the foot points at the viewer: only its end shows, past the ankle.
            var onward = Direction(shankAngle, pose.Facing);
            var end = ankle + (onward * (AnkleHeight - radius));
            return (end + (onward * radius), end + (onward * radius), ankle, end);
        }

        var footAngle = shankAngle - 90 + plantar;
        var forward = Direction(footAngle, pose.Facing);
        var up = Direction(footAngle - 90, pose.Facing);
        var heel = ankle - (up * AnkleHeight) - (forward * HeelBehindAnkle);
        var toe = ankle - (up * AnkleHeight) + (forward * ToeBeforeAnkle);
        return (heel, toe, heel + (up * radius) + (forward * radius), toe + (up * radius) - (forward * radius));
    }

    private static IEnumerable<LimbSegment> PlaceArm(Pose pose, Side side, ArmAngles arm, Point2 shoulder, Dictionary<Joint, Point2> joints)
    {
        var upperAngle = pose.Trunk + 180 - arm.Shoulder;
        var foreAngle = upperAngle - arm.Elbow;
        var elbow = shoulder + (Direction(upperAngle, pose.Facing) * UpperArm);
        var wrist = elbow + (Direction(foreAngle, pose.Facing) * Forearm);
        var hand = wrist + (Direction(foreAngle, pose.Facing) * Hand);
        var left = side == Side.Left;
        joints[left ? Joint.LeftShoulder : Joint.RightShoulder] = shoulder;
        joints[left ? Joint.LeftElbow : Joint.RightElbow] = elbow;
        joints[left ? Joint.LeftWrist : Joint.RightWrist] = wrist;
        joints[left ? Joint.LeftHand : Joint.RightHand] = hand;
        yield return new LimbSegment(BodyPart.UpperArm, side, shoulder, elbow, Thickness(BodyPart.UpperArm, pose.View));
        yield return new LimbSegment(BodyPart.Forearm, side, elbow, hand, Thickness(BodyPart.Forearm, pose.View));
    }
}
