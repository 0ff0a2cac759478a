using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/pictures on|off, and leaving pictures out of every reply for a user who turned them off.</summary>
internal static class PicturesCoach
{
    public static Decision Command(UserState state, CommandInput command)
    {
        var texts = PictureTexts.For(state.Language);
        return command.Args.Trim().ToLowerInvariant() switch
        {
            "on" or "开" or "开启" => Decision.Say(state with { PicturesOff = false }, new TextReply(texts.PicturesOn)),
            "off" or "关" or "关闭" => Decision.Say(state with { PicturesOff = true }, new TextReply(texts.PicturesOff)),
            _ => Decision.Say(state, new TextReply(texts.PicturesUsage(!state.PicturesOff))),
        };
    }

    /// <summary>
    /// The decision with its pictures kept only where a set is shown for the first time (a session starts or moves on)
    /// and the user has pictures on: a set repeated after a command, an unclear answer or a resume comes as text.
    /// </summary>
    public static Decision Respect(UserState before, Decision decision)
    {
        var moved = decision.Next.Session is { } now && (before.Session is not { } then || (then.Number, then.Step) != (now.Number, now.Step));
        return !moved || decision.Next.PicturesOff
            ? decision with { Replies = [.. decision.Replies.Select(r => r is TextReply { Picture: not null } text ? text with { Picture = null } : r)] }
            : decision;
    }
}
