namespace HipKnee.Core.Pictures;

/// <summary>The arrow of a picture: the joint whose path from one key pose to the next shows the movement, drawn
/// beside the body by <paramref name="Offset"/> so it does not cover it.</summary>
public sealed record Movement(Joint Joint, Point2 Offset);
