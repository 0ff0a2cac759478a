namespace HipKnee.Core.Conversation;

/// <summary>What the coach decided: the user's next state, what to send, and what to record.</summary>
public sealed record Decision(UserState Next, IReadOnlyList<Reply> Replies, IReadOnlyList<SessionEvent> Events)
{
    public static Decision Say(UserState state, params Reply[] replies) => new(state, replies, []);

    public Decision Prepend(Reply reply, SessionEvent? recorded = null) =>
        new(Next, [reply, .. Replies], recorded is null ? Events : [recorded, .. Events]);
}
