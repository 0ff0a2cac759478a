namespace HipKnee.Core.Pictures;

public enum BodyPart
{
    Head = 1,
    Trunk = 2,
    Pelvis = 3,
    UpperArm = 4,
    Forearm = 5,
    Thigh = 6,
    Shank = 7,
    Foot = 8,
}
