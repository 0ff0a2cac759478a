namespace HipKnee.Core.Schedule;

public enum NudgeKind
{
    /// <summary>The training-day reminder at the user's chosen time.</summary>
    Reminder = 1,

    /// <summary>The reminder again, an hour after the user tapped "In 1 hour".</summary>
    Snooze = 2,

    /// <summary>One gentle follow-up three hours after the reminder, when no session was started.</summary>
    FollowUp = 3,

    /// <summary>The day after a training day that passed without a session, when that day is a rest day: catch up today.</summary>
    CatchUp = 4,
}
