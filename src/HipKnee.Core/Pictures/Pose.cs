namespace HipKnee.Core.Pictures;

/// <summary>The whole figure posed by joint angles, placed by its pelvis (the midpoint of the hip joints).</summary>
/// <param name="Trunk">Lean of the trunk from upright, in degrees, positive towards where the figure faces.</param>
/// <param name="Neck">Neck flexion (chin towards the chest) relative to the trunk.</param>
/// <param name="Facing">+1 when the figure's front points right in the picture, −1 when it points left.</param>
public sealed record Pose(
    Point2 Pelvis,
    double Trunk,
    double Neck,
    ArmAngles LeftArm,
    ArmAngles RightArm,
    LegAngles LeftLeg,
    LegAngles RightLeg,
    int Facing,
    PictureView View = PictureView.Side)
{
    public Pose MovedBy(Point2 offset) => this with { Pelvis = Pelvis + offset };
}
