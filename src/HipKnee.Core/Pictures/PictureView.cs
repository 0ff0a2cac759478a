namespace HipKnee.Core.Pictures;

/// <summary>Where the runner looks from: the side (lunge, bridge, step-down) or the front (side plank).</summary>
public enum PictureView
{
    /// <summary>The plane of the picture is the body's sagittal plane: bends are true flexion and extension.</summary>
    Side = 1,

    /// <summary>
    /// The body faces the viewer: bends in the plane stand for movements towards or away from the viewer (a forearm
    /// flat on the floor, knees bent back), so only their size is anatomical, not their direction.
    /// </summary>
    Front = 2,
}
