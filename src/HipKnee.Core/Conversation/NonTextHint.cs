using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>Stickers, photos and the like get one short hint a minute at most; the rest is ignored.</summary>
internal static class NonTextHint
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public static Decision Decide(UserState state, DateTimeOffset now, ICoachTexts texts, IReadOnlyList<Reply> after)
    {
        if (state.LastNonTextHintAt is { } last && now - last < Interval && now >= last)
        {
            return Decision.Say(state);
        }

        return new Decision(state with { LastNonTextHintAt = now }, [new TextReply(texts.NonTextHint), .. after], []);
    }
}
