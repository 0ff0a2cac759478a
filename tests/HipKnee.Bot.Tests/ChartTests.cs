using System.Buffers.Binary;
using HipKnee.Bot.Charts;
using HipKnee.Core.Progress;
using HipKnee.Core.Texts;
using SkiaSharp;

namespace HipKnee.Bot.Tests;

public sealed class ChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> Languages() => new(HipKnee.Core.Texts.Languages.Supported);

    private static ProgressChart Sample(string language)
    {
        var texts = CoachTexts.For(language);
        var start = new DateOnly(2026, 1, 5);
        int[] sessions = [3, 2, 3, 0, 1, 3, 4, 3];
        double?[] pain = [2, 3, null, null, 5, 3, 2, 1.5];
        var weeks = sessions.Select((count, i) => new ChartWeek(texts.WeekLabel(start.AddDays(7 * i)), count, pain[i])).ToList();
        return new ProgressChart(texts.ChartTitle, texts.ChartSessionsLabel, texts.ChartPainLabel, weeks);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_chart_is_a_decodable_png_of_the_promised_size(string language)
    {
        var png = ProgressChartRenderer.RenderPng(Sample(language));

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(ProgressChartRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(ProgressChartRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((ProgressChartRenderer.Width, ProgressChartRenderer.Height), (bitmap.Width, bitmap.Height));
        Assert.True(png.Length > 10_000, $"only {png.Length} bytes: the chart is probably blank");
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), $"hipknee-chart-{language}.png"), png);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_embedded_font_has_a_glyph_for_every_character_on_the_chart(string language)
    {
        var chart = Sample(language);
        var text = string.Concat(new[] { chart.Title, chart.SessionsLabel, chart.PainLabel }.Concat(chart.Weeks.Select(w => w.Label)), "0123456789.");
        using var typeface = EmbeddedFontResolver.Typeface();
        using var font = new SKFont(typeface);

        var missing = text.Where(c => !char.IsWhiteSpace(c) && font.GetGlyph(c) == 0).Distinct().ToArray();

        Assert.True(missing.Length == 0, $"no glyph for: {new string(missing)}");
    }

    [Fact]
    public void An_empty_chart_still_renders()
    {
        var texts = CoachTexts.For("en");

        var png = ProgressChartRenderer.RenderPng(new ProgressChart(texts.ChartTitle, texts.ChartSessionsLabel, texts.ChartPainLabel, []));

        Assert.Equal(PngSignature, png[..8]);
    }
}
