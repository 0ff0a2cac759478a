namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts : ICooldownTexts
{
    public string JustSentYouThat => "刚刚已经发给你了，往上翻一下就能看到。过一分钟再试吧。";
}
