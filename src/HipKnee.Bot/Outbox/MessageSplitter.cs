namespace HipKnee.Bot.Outbox;

/// <summary>
/// Cuts text longer than Telegram's 4096-character limit into messages that each fit: at paragraph breaks
/// where it can, else at line breaks, else between words, and only as a last resort inside a word
/// (never through a surrogate pair).
/// </summary>
public static class MessageSplitter
{
    /// <summary>Telegram counts UTF-16 code units; a string's Length is exactly that.</summary>
    public const int MaxLength = 4096;

    private static readonly string[] Breaks = ["\n\n", "\n", " "];

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > maxLength)
        {
            var cut = CutPoint(rest, maxLength);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int CutPoint(string text, int maxLength)
    {
        foreach (var separator in Breaks)
        {
            // The last separator that starts at or before the limit: the part before it fits.
            var searchFrom = Math.Min(text.Length - 1, maxLength + separator.Length - 1);
            var at = text.LastIndexOf(separator, searchFrom, StringComparison.Ordinal);
            if (at > 0)
            {
                return at;
            }
        }

        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
