using HipKnee.Core.Pictures;
using SkiaSharp;

namespace HipKnee.Bot.Pictures;

/// <summary>Draws the floor, step, wall and rail of a panel, behind the figure.</summary>
internal static class PropPainter
{
    public static void Draw(SKCanvas canvas, PanelFrame frame, Props props)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        var bounds = frame.Bounds;
        fill.Color = PicturePalette.FloorBand;
        canvas.DrawRect(new SKRect(bounds.Left, frame.FloorY, bounds.Right, bounds.Bottom), fill);
        if (props.WallX is { } wallX)
        {
            var x = frame.Map(new Point2(wallX, 0)).X;
            var away = x < bounds.MidX ? bounds.Left : bounds.Right;
            fill.Color = PicturePalette.Wall;
            canvas.DrawRect(new SKRect(Math.Min(x, away), bounds.Top, Math.Max(x, away), frame.FloorY), fill);
            line.Color = PicturePalette.StepEdge;
            line.StrokeWidth = 4;
            canvas.DrawLine(x, bounds.Top, x, frame.FloorY, line);
        }

        if (props.Rail is { } rail)
        {
            line.Color = PicturePalette.Rail;
            line.StrokeWidth = frame.Size(2.5);
            // One post at the back end, like a banister: two would read as a table.
            canvas.DrawLine(frame.Map(new Point2(rail.FromX, 0)), frame.Map(new Point2(rail.FromX, rail.Height)), line);

            line.StrokeWidth = frame.Size(4);
            canvas.DrawLine(frame.Map(new Point2(rail.FromX, rail.Height)), frame.Map(new Point2(rail.ToX, rail.Height)), line);
        }

        if (props.Step is { } step)
        {
            var topLeft = frame.Map(new Point2(Math.Min(step.EdgeX, step.BackX), step.Height));
            var bottomRight = frame.Map(new Point2(Math.Max(step.EdgeX, step.BackX), 0));
            var box = new SKRect(topLeft.X, topLeft.Y, bottomRight.X, bottomRight.Y);
            fill.Color = PicturePalette.Step;
            canvas.DrawRoundRect(box, 4, 4, fill);
            line.Color = PicturePalette.StepEdge;
            line.StrokeWidth = 3;
            canvas.DrawRoundRect(box, 4, 4, line);
            // The front edge the runner lowers past, marked darker.
            var edge = frame.Map(new Point2(step.EdgeX, step.Height));
            line.StrokeWidth = 6;
            canvas.DrawLine(edge, new SKPoint(edge.X, edge.Y + frame.Size(Math.Min(step.Height, 8))), line);
        }

        line.Color = PicturePalette.Floor;
        line.StrokeWidth = 4;
        canvas.DrawLine(bounds.Left + 8, frame.FloorY, bounds.Right - 8, frame.FloorY, line);
    }
}
