using SkiaSharp;

namespace HipKnee.Bot.Pictures;

/// <summary>Writes short captions centred in a box, wrapped to at most two lines, smaller only when they would not fit.</summary>
internal static class CaptionWriter
{
    private const int MaxLines = 2;

    public static void Centred(SKCanvas canvas, SKTypeface typeface, string text, SKRect box, float size, SKColor colour)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = colour };
        for (var fontSize = size; ; fontSize -= 2)
        {
            using var font = new SKFont(typeface, fontSize);
            var lines = Wrap(text, font, box.Width);
            if (lines.Count > MaxLines && fontSize > 18)
            {
                continue;
            }

            var lineHeight = fontSize * 1.25f;
            var y = box.Top + ((box.Height - (lineHeight * lines.Count)) / 2) + fontSize;
            foreach (var line in lines)
            {
                canvas.DrawText(line, box.MidX, y, SKTextAlign.Center, font, paint);
                y += lineHeight;
            }

            return;
        }
    }

    /// <summary>
    /// Breaks at spaces in English; Chinese has none, so it breaks between any two characters, keeping punctuation
    /// with the character before it.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width)
    {
        var spaced = text.Contains(' ', StringComparison.Ordinal);
        var tokens = spaced ? text.Split(' ') : Characters(text);
        var joiner = spaced ? " " : "";
        var lines = new List<string>();
        var current = "";
        foreach (var token in tokens)
        {
            var candidate = current.Length == 0 ? token : current + joiner + token;
            if (current.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(current);
                current = token;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }

    private static string[] Characters(string text)
    {
        var tokens = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            var piece = rune.ToString();
            if (tokens.Count > 0 && "，。、：；！？）”".Contains(piece, StringComparison.Ordinal))
            {
                tokens[^1] += piece;
            }
            else
            {
                tokens.Add(piece);
            }
        }

        return [.. tokens];
    }
}
