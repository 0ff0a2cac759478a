using System.Security.Cryptography;
using System.Text;
using HipKnee.Bot.Charts;
using HipKnee.Bot.Pictures;
using HipKnee.Core.Pictures;
using HipKnee.Core.Texts;
using SkiaSharp;

namespace HipKnee.Bot.Tests.Pictures;

public sealed class PictureRenderingTests
{
    /// <summary>Set to a folder to write fresh golden images there after a deliberate change to the drawing.</summary>
    private const string UpdateVariable = "HIPKNEE_UPDATE_GOLDEN";

    public static TheoryData<string, string> Every()
    {
        var data = new TheoryData<string, string>();
        foreach (var picture in ExercisePictures.All)
        {
            foreach (var language in Languages.Supported)
            {
                data.Add(picture.Key.Name, language);
            }
        }

        return data;
    }

    public static TheoryData<string> Standard() => [.. ExercisePictures.All.Where(p => !p.Key.Easier).Select(p => p.Key.Name)];

    [Theory]
    [MemberData(nameof(Every))]
    public void Rendering_is_deterministic_and_of_the_stated_size(string name, string language)
    {
        var first = Render(name, language);
        var second = Render(name, language);

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        using var bitmap = SKBitmap.Decode(first);
        Assert.Equal((ExercisePictureRenderer.Width, ExercisePictureRenderer.Height), (bitmap.Width, bitmap.Height));
        // An opaque card: the picture looks the same on Telegram's light and dark themes.
        Assert.All(new[] { bitmap.GetPixel(0, 0), bitmap.GetPixel(bitmap.Width - 1, bitmap.Height - 1) }, pixel => Assert.Equal(255, pixel.Alpha));
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void The_embedded_font_has_every_character_of_the_captions(string name, string language)
    {
        var key = ExercisePictures.All.Single(p => p.Key.Name == name).Key;
        var texts = PictureTexts.For(language);
        var words = string.Concat(texts.PictureTitle(key), texts.WorkingSideLegend(key), texts.PanelCaption(key, 0), texts.PanelCaption(key, 1), texts.PanelCaption(key, 2));
        using var typeface = EmbeddedFontResolver.Typeface();
        using var font = new SKFont(typeface);

        var missing = words.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && font.GetGlyph(r.Value) == 0).Distinct().ToArray();

        Assert.True(missing.Length == 0, $"no glyph for: {string.Concat(missing)} (run tools/subset-chart-font.sh)");
    }

    /// <summary>One picture per exercise against the reviewed image; a small tolerance absorbs anti-aliasing noise.</summary>
    [Theory]
    [MemberData(nameof(Standard))]
    public void The_picture_matches_the_reviewed_golden_image(string name)
    {
        var png = Render(name, Languages.English);
        var file = $"{name}.en.png";
        if (Environment.GetEnvironmentVariable(UpdateVariable) is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, file), png);
        }

        using var expected = SKBitmap.Decode(Path.Combine(AppContext.BaseDirectory, "Pictures", "Golden", file));
        using var actual = SKBitmap.Decode(png);

        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        var differing = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                var (a, b) = (actual.GetPixel(x, y), expected.GetPixel(x, y));
                if (Math.Abs(a.Red - b.Red) > 24 || Math.Abs(a.Green - b.Green) > 24 || Math.Abs(a.Blue - b.Blue) > 24)
                {
                    differing++;
                }
            }
        }

        var share = (double)differing / (actual.Width * actual.Height);
        Assert.True(share < 0.002, $"{share:P2} of the pixels differ from {file}; after a deliberate change set {UpdateVariable} to a folder and review the new image");
    }

    private static byte[] Render(string name, string language) =>
        ExercisePictureRenderer.RenderPng(ExercisePictures.All.Single(p => p.Key.Name == name), PictureTexts.For(language));
}
