namespace HipKnee.Core.Conversation;

/// <summary>What got in the way of a short week, as answered to the weekly check-in.</summary>
public enum WeekBarrier
{
    NoTime = 1,
    KneePain = 2,
    Forgot = 3,
    TravelOrIll = 4,
    Other = 5,

    /// <summary>"Not sure I'm doing it right": the cues and the easier variants again.</summary>
    NotSure = 6,

    /// <summary>"Not seeing results": a realistic timeline and the user's own pain trend.</summary>
    NoResults = 7,
}
