using HipKnee.Core.Routine;

namespace HipKnee.Core.Pictures;

/// <summary>One rounded stroke of the figure, from joint to joint; <see cref="Side"/> is null for head, trunk and pelvis.</summary>
public sealed record LimbSegment(BodyPart Part, Side? Side, Point2 From, Point2 To, double Thickness)
{
    public double Length => From.DistanceTo(To);
}
