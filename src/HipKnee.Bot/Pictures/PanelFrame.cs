using HipKnee.Core.Pictures;
using SkiaSharp;

namespace HipKnee.Bot.Pictures;

/// <summary>Maps the picture's centimetres (y up, floor at 0) to one panel's pixels (y down).</summary>
internal sealed record PanelFrame(SKRect Bounds, float Scale, float OriginX, float FloorY)
{
    public SKPoint Map(Point2 point) => new(OriginX + ((float)point.X * Scale), FloorY - ((float)point.Y * Scale));

    public float Size(double centimetres) => (float)centimetres * Scale;

    /// <summary>One scale for every panel of a picture, so the figure keeps its size from pose to pose.</summary>
    public static IReadOnlyList<PanelFrame> Fit(ExercisePicture picture, IReadOnlyList<SKRect> panels)
    {
        var (left, right, top) = Extent(picture);
        const float padding = 28;
        var width = panels[0].Width - (2 * padding);
        var height = panels[0].Height - (2 * padding) - 20;
        var scale = (float)Math.Min(width / (right - left), height / top);
        return panels
            .Select(panel => new PanelFrame(panel, scale,
                panel.MidX - ((float)(left + right) / 2 * scale), panel.Bottom - padding - 20))
            .ToArray();
    }

    /// <summary>Left, right and top of everything drawn, in centimetres, with a little room around it.</summary>
    private static (double Left, double Right, double Top) Extent(ExercisePicture picture)
    {
        var points = picture.Poses
            .SelectMany(p => p.Figure.Segments)
            .SelectMany(s => new[] { (s.From, s.Thickness / 2), (s.To, s.Thickness / 2) })
            .ToList();
        var left = points.Min(p => p.Item1.X - p.Item2);
        var right = points.Max(p => p.Item1.X + p.Item2);
        var top = points.Max(p => p.Item1.Y + p.Item2);
        if (picture.Props.Step is { } step)
        {
            left = Math.Min(left, Math.Min(step.EdgeX, step.BackX));
            right = Math.Max(right, Math.Max(step.EdgeX, step.BackX));
        }

        if (picture.Props.WallX is { } wall)
        {
            left = Math.Min(left, wall - 12);
            right = Math.Max(right, wall + 12);
        }

        const double room = 10;
        return (left - room, right + room, top + room);
    }
}
