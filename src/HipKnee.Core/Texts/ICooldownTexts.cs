namespace HipKnee.Core.Texts;

/// <summary>What the bot says to a repeated /stats or /export within its cooldown (issue 14 item 3).</summary>
public interface ICooldownTexts
{
    string JustSentYouThat { get; }
}
