using HipKnee.Core.Routine;

namespace HipKnee.Core.Pictures;

/// <summary>A posed figure: where each joint is and the strokes that draw it, far side first.</summary>
public sealed record Figure(Pose Pose, IReadOnlyDictionary<Joint, Point2> Joints, IReadOnlyList<LimbSegment> Segments)
{
    public Point2 this[Joint joint] => Joints[joint];

    /// <summary>The runner's side nearer the viewer (drawn on top); none in the front view.</summary>
    public Side? NearSide => Pose.View == PictureView.Front ? null : Pose.Facing < 0 ? Side.Left : Side.Right;
}
