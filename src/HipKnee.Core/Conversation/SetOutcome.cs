namespace HipKnee.Core.Conversation;

public enum SetOutcome
{
    Done = 1,
    Skipped = 2,
}
