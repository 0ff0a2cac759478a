namespace HipKnee.Core.Schedule;

/// <summary>The weekdays a user trains on, as a set of flags.</summary>
[Flags]
public enum TrainingDays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    Default = Monday | Wednesday | Friday,
}
