namespace HipKnee.Core.Conversation;

/// <summary>A level change the coach has offered and is waiting on.</summary>
public enum LevelOffer
{
    None = 0,
    MoveUp = 1,
    StepBack = 2,
}
