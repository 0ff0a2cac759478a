using HipKnee.Core.Pictures;
using SkiaSharp;

namespace HipKnee.Bot.Pictures;

/// <summary>Draws the movement from the previous key pose to this one: a hollow dot where the joint was, a curved arrow to where it is.</summary>
internal static class ArrowPainter
{
    public static void Draw(SKCanvas canvas, PanelFrame frame, Movement movement, Figure before, Figure after)
    {
        var from = frame.Map(before[movement.Joint] + movement.Offset);
        var to = frame.Map(after[movement.Joint] + movement.Offset);
        var chord = to - from;
        var length = chord.Length;
        // A movement of only a few pixels would draw a blot rather than an arrow.
        if (length < 36)
        {
            return;
        }

        using var paint = new SKPaint { IsAntialias = true, Color = PicturePalette.Arrow, Style = SKPaintStyle.Stroke, StrokeWidth = 6, StrokeCap = SKStrokeCap.Round };
        canvas.DrawCircle(from, 7, paint);
        var unit = new SKPoint(chord.X / length, chord.Y / length);
        var normal = new SKPoint(-unit.Y, unit.X);
        var bend = length * 0.18f;
        var control = new SKPoint(((from.X + to.X) / 2) + (normal.X * bend), ((from.Y + to.Y) / 2) + (normal.Y * bend));
        const float head = 22;
        var tipDirection = to - control;
        var tipLength = tipDirection.Length;
        var back = new SKPoint(tipDirection.X / tipLength, tipDirection.Y / tipLength);
        var shaftEnd = new SKPoint(to.X - (back.X * head * 0.7f), to.Y - (back.Y * head * 0.7f));
        using var shaft = new SKPathBuilder();
        shaft.MoveTo(from.X + (unit.X * 9), from.Y + (unit.Y * 9));
        shaft.QuadTo(control, shaftEnd);
        using var path = shaft.Detach();
        canvas.DrawPath(path, paint);
        paint.Style = SKPaintStyle.Fill;
        using var tip = new SKPathBuilder();
        var side = new SKPoint(-back.Y, back.X);
        tip.MoveTo(to);
        tip.LineTo(to.X - (back.X * head) + (side.X * head * 0.55f), to.Y - (back.Y * head) + (side.Y * head * 0.55f));
        tip.LineTo(to.X - (back.X * head) - (side.X * head * 0.55f), to.Y - (back.Y * head) - (side.Y * head * 0.55f));
        tip.Close();
        using var tipPath = tip.Detach();
        canvas.DrawPath(tipPath, paint);
    }
}
