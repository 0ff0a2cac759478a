namespace HipKnee.Core.Texts;

/// <summary>Picks the text catalogue for a user's language (English when unknown).</summary>
public static class CoachTexts
{
    private static readonly ICoachTexts English = new EnglishTexts();
    private static readonly ICoachTexts Chinese = new ChineseTexts();

    public static ICoachTexts For(string language) => language switch
    {
        Languages.Chinese => Chinese,
        _ => English,
    };
}
