namespace HipKnee.Core.Pictures;

/// <summary>A named point of the figure; sides are the runner's own left and right.</summary>
public enum Joint
{
    Pelvis = 1,
    Neck,
    HeadCentre,
    LeftShoulder,
    LeftElbow,
    LeftWrist,
    LeftHand,
    LeftHip,
    LeftKnee,
    LeftAnkle,
    LeftHeel,
    LeftToe,
    RightShoulder,
    RightElbow,
    RightWrist,
    RightHand,
    RightHip,
    RightKnee,
    RightAnkle,
    RightHeel,
    RightToe,
}
