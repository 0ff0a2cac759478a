namespace HipKnee.Bot.Options;

/// <summary>The <c>Coach</c> configuration section.</summary>
public sealed class CoachOptions
{
    public const string Section = "Coach";

    /// <summary>Chat ids allowed to use /admin and /broadcast; everyone else gets the unknown-command answer.</summary>
    public long[] AdminChatIds { get; set; } = [];
}
