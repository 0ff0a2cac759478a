namespace HipKnee.Core.Routine;

public enum Level
{
    Beginner = 1,
    Standard = 2,
}
