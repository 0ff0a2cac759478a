namespace HipKnee.Core.Conversation;

/// <summary>The answer to "Your knee this morning?".</summary>
public enum MorningAnswer
{
    Better = 1,
    Same = 2,
    Worse = 3,
}
