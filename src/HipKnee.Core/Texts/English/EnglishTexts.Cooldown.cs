namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts : ICooldownTexts
{
    public string JustSentYouThat => "I just sent you that: it's a little further up. Ask again in a minute.";
}
