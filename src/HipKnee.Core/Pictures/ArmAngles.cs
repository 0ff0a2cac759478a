namespace HipKnee.Core.Pictures;

/// <summary>An arm's joint angles in degrees.</summary>
/// <param name="Shoulder">Flexion from hanging along the trunk: 90 reaches forward, 180 overhead; negative is extension.</param>
/// <param name="Elbow">Flexion: 0 is a straight arm, positive brings the hand forward and up.</param>
public sealed record ArmAngles(double Shoulder, double Elbow);
