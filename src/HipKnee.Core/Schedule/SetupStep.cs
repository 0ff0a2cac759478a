namespace HipKnee.Core.Schedule;

/// <summary>Where the user is in choosing their schedule; typed answers are read for this step.</summary>
public enum SetupStep
{
    None = 0,
    Days = 1,
    Time = 2,
    Zone = 3,
}
