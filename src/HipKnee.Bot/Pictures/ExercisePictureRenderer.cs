using HipKnee.Bot.Charts;
using HipKnee.Core.Pictures;
using HipKnee.Core.Texts;
using SkiaSharp;

namespace HipKnee.Bot.Pictures;

/// <summary>
/// Draws an exercise picture as a PNG in the style of a physio handout: the key poses side by side, numbered, the
/// working leg in the accent colour, an arrow for the movement and one short caption under each pose.
/// </summary>
public static class ExercisePictureRenderer
{
    public const int Width = 1280;
    public const int Height = 720;
    private const float Margin = 36;
    private const float Gap = 44;
    private const float PanelTop = 104;
    private const float PanelBottom = 588;
    private static readonly Lazy<SKTypeface> Typeface = new(EmbeddedFontResolver.Typeface);

    public static byte[] RenderPng(ExercisePicture picture, IPictureTexts texts)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(PicturePalette.Card);
        DrawHeading(canvas, picture, texts);
        var count = picture.Poses.Count;
        var panelWidth = (Width - (2 * Margin) - ((count - 1) * Gap)) / count;
        var panels = Enumerable.Range(0, count)
            .Select(i => new SKRect(Margin + (i * (panelWidth + Gap)), PanelTop, Margin + (i * (panelWidth + Gap)) + panelWidth, PanelBottom))
            .ToArray();
        var frames = PanelFrame.Fit(picture, panels);
        for (var i = 0; i < count; i++)
        {
            DrawPanel(canvas, picture, frames[i], i);
            CaptionWriter.Centred(canvas, Typeface.Value, texts.PanelCaption(picture.Key, i),
                new SKRect(panels[i].Left + 4, PanelBottom + 10, panels[i].Right - 4, Height - 18), 34, PicturePalette.Ink);
            if (i > 0)
            {
                DrawNextSign(canvas, panels[i - 1].Right, panels[i].Left);
            }
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawPanel(SKCanvas canvas, ExercisePicture picture, PanelFrame frame, int index)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = PicturePalette.Panel };
        canvas.Save();
        using var clip = new SKRoundRect(frame.Bounds, 18);
        canvas.ClipRoundRect(clip, antialias: true);
        canvas.DrawRect(frame.Bounds, paint);
        PropPainter.Draw(canvas, frame, picture.Props);
        var key = picture.Poses[index];
        FigurePainter.Draw(canvas, frame, key.Figure, picture.WorkingSide);
        if (index > 0)
        {
            ArrowPainter.Draw(canvas, frame, picture.Movement, picture.Poses[index - 1].Figure, key.Figure);
        }

        canvas.Restore();
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 2;
        paint.Color = PicturePalette.PanelBorder;
        canvas.DrawRoundRect(clip, paint);
        DrawBadge(canvas, frame.Bounds.Left + 34, frame.Bounds.Top + 34, (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void DrawHeading(SKCanvas canvas, ExercisePicture picture, IPictureTexts texts)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = PicturePalette.Ink };
        using var title = new SKFont(Typeface.Value, 44) { Embolden = true };
        canvas.DrawText(texts.PictureTitle(picture.Key), Margin + 4, 70, SKTextAlign.Left, title, paint);
        using var legendFont = new SKFont(Typeface.Value, 28);
        var legend = texts.WorkingSideLegend(picture.Key);
        var textWidth = legendFont.MeasureText(legend);
        var right = Width - Margin - 4;
        canvas.DrawText(legend, right, 66, SKTextAlign.Right, legendFont, paint);
        using var swatch = new SKPaint { IsAntialias = true, Color = PicturePalette.Accent, Style = SKPaintStyle.Stroke, StrokeWidth = 16, StrokeCap = SKStrokeCap.Round };
        canvas.DrawLine(right - textWidth - 64, 57, right - textWidth - 20, 57, swatch);
    }

    private static void DrawBadge(SKCanvas canvas, float x, float y, string number)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = PicturePalette.Ink };
        canvas.DrawCircle(x, y, 20, paint);
        using var font = new SKFont(Typeface.Value, 26) { Embolden = true };
        paint.Color = PicturePalette.Panel;
        canvas.DrawText(number, x, y + 9, SKTextAlign.Center, font, paint);
    }

    /// <summary>A chevron between two panels: read left to right.</summary>
    private static void DrawNextSign(SKCanvas canvas, float leftPanelRight, float rightPanelLeft)
    {
        var x = (leftPanelRight + rightPanelLeft) / 2;
        var y = (PanelTop + PanelBottom) / 2;
        using var paint = new SKPaint { IsAntialias = true, Color = PicturePalette.Ink, Style = SKPaintStyle.Stroke, StrokeWidth = 7, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        using var chevron = new SKPathBuilder();
        chevron.MoveTo(x - 8, y - 18);
        chevron.LineTo(x + 8, y);
        chevron.LineTo(x - 8, y + 18);
        using var path = chevron.Detach();
        canvas.DrawPath(path, paint);
    }
}
