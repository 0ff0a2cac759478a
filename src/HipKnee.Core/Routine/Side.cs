namespace HipKnee.Core.Routine;

public enum Side
{
    Left = 1,
    Right = 2,
}
