namespace HipKnee.Core.Pictures;

/// <summary>What a body part rests on in a key pose.</summary>
public enum Surface
{
    Floor = 1,
    StepTop = 2,
    Wall = 3,
    Rail = 4,
}
