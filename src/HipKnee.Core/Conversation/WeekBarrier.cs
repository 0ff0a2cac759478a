namespace HipKnee.Core.Conversation;

/// <summary>What got in the way of a short week, as answered to the weekly check-in.</summary>
public enum WeekBarrier
{
    NoTime = 1,
    KneePain = 2,
    Forgot = 3,
    TravelOrIll = 4,
    Other = 5,
}
