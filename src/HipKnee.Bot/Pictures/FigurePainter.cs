using HipKnee.Core.Pictures;
using HipKnee.Core.Routine;
using SkiaSharp;

namespace HipKnee.Bot.Pictures;

/// <summary>Draws a placed figure as rounded strokes, each with a thin halo of the panel colour so overlaps stay legible.</summary>
internal static class FigurePainter
{
    private const float HaloPixels = 3;

    public static void Draw(SKCanvas canvas, PanelFrame frame, Figure figure, Side workingSide)
    {
        foreach (var segment in figure.Segments)
        {
            var colour = ColourOf(segment, figure, workingSide);
            if (segment.Part == BodyPart.Head)
            {
                DrawHead(canvas, frame, figure, segment, colour);
                continue;
            }

            Stroke(canvas, frame.Map(segment.From), frame.Map(segment.To), frame.Size(segment.Thickness), colour);
        }
    }

    private static SKColor ColourOf(LimbSegment segment, Figure figure, Side workingSide)
    {
        var leg = segment.Part is BodyPart.Thigh or BodyPart.Shank or BodyPart.Foot;
        if (leg)
        {
            return segment.Side == workingSide ? PicturePalette.Accent : PicturePalette.MutedLeg;
        }

        var farArm = segment.Side is { } side && figure.NearSide is { } near && side != near;
        return farArm ? PicturePalette.FarLimb : PicturePalette.Body;
    }

    private static void DrawHead(SKCanvas canvas, PanelFrame frame, Figure figure, LimbSegment head, SKColor colour)
    {
        var centre = frame.Map(head.To);
        var radius = frame.Size(head.Thickness / 2);
        Stroke(canvas, frame.Map(head.From), centre, frame.Size(9), colour);
        using var paint = new SKPaint { IsAntialias = true, Color = PicturePalette.Panel, Style = SKPaintStyle.Fill };
        canvas.DrawCircle(centre, radius + HaloPixels, paint);
        paint.Color = colour;
        canvas.DrawCircle(centre, radius, paint);
        if (figure.Pose.View == PictureView.Side)
        {
            // A nose shows which way the runner faces.
            var facing = Skeleton.Direction(figure.Pose.Trunk + figure.Pose.Neck + 90, figure.Pose.Facing);
            canvas.DrawCircle(frame.Map(head.To + (facing * (BodyProportions.HeadRadius * 0.92))), frame.Size(2.6), paint);
        }
    }

    private static void Stroke(SKCanvas canvas, SKPoint from, SKPoint to, float width, SKColor colour)
    {
        using var paint = new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeCap = SKStrokeCap.Round,
            StrokeWidth = width + (2 * HaloPixels),
            Color = PicturePalette.Panel,
        };
        canvas.DrawLine(from, to, paint);
        paint.StrokeWidth = width;
        paint.Color = colour;
        canvas.DrawLine(from, to, paint);
    }
}
