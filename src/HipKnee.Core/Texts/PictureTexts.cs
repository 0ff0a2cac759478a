namespace HipKnee.Core.Texts;

/// <summary>Picks the picture texts of a user's language; the catalogues implement them beside the coach's texts.</summary>
public static class PictureTexts
{
    public static IPictureTexts For(string language) => (IPictureTexts)CoachTexts.For(language);
}
