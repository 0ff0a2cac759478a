namespace HipKnee.Core.Pictures;

/// <summary>
/// Segment lengths and pictogram thicknesses of a 175 cm adult, in centimetres. Lengths follow the usual
/// anthropometric fractions of standing height (Drillis and Contini: thigh 0.245, shank 0.246, upper arm 0.186,
/// forearm 0.146, hip to shoulder 0.288), so the figure reads as a person rather than a stick drawing.
/// </summary>
public static class BodyProportions
{
    public const double Height = 175;
    public const double Trunk = 0.288 * Height;
    public const double UpperArm = 0.186 * Height;
    public const double Forearm = 0.146 * Height;
    public const double Hand = 8;
    public const double Thigh = 0.245 * Height;
    public const double Shank = 0.246 * Height;
    public const double AnkleHeight = 7;
    public const double HeelBehindAnkle = 5;
    public const double ToeBeforeAnkle = 20;
    public const double NeckToHeadCentre = 17;
    public const double HeadRadius = 11.5;

    /// <summary>Half the distance between the hip joints and between the shoulders, seen only from the front.</summary>
    public const double HalfHipWidth = 9;
    public const double HalfShoulderWidth = 17;

    public static double Thickness(BodyPart part, PictureView view) => part switch
    {
        BodyPart.Head => 2 * HeadRadius,
        BodyPart.Trunk => view == PictureView.Front ? 34 : 29,
        BodyPart.Pelvis => view == PictureView.Front ? 32 : 30,
        BodyPart.UpperArm => 10.5,
        BodyPart.Forearm => 8.5,
        BodyPart.Thigh => 15,
        BodyPart.Shank => 11,
        _ => 8,
    };

    /// <summary>How far a joint's surface lies from its centre line, for checking what touches the floor.</summary>
    public static double Radius(BodyPart part, PictureView view) => Thickness(part, view) / 2;
}
