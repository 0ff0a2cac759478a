namespace HipKnee.Core.Conversation;

/// <summary>
/// A settings change from the Mini App: the state to save and the one line that tells the chat, or the refusal the
/// page shows (then nothing is saved). Neither line when the setting already had that value.
/// </summary>
public sealed record AppSettingOutcome(UserState Next, string? ChatLine, string? Error)
{
    public bool Changed => ChatLine is not null;

    public static AppSettingOutcome Refused(UserState state, string error) => new(state, null, error);
}
