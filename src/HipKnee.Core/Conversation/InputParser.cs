using System.Globalization;
using System.Text;

namespace HipKnee.Core.Conversation;

/// <summary>Turns typed text into an <see cref="Input"/>, forgiving about case, punctuation and invisible characters.</summary>
public static class InputParser
{
    private static readonly HashSet<string> DoneWords = new(StringComparer.Ordinal)
    {
        "done", "d", "✅", "👍", "✔", "✔️", "☑️", "ok done", "did it", "finished",
    };

    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal) { "skip", "s", "⏭", "⏭️" };

    public static Input Parse(string text)
    {
        var cleaned = Clean(text);
        if (cleaned.StartsWith('/') && cleaned.Length > 1)
        {
            return ParseCommand(cleaned);
        }

        var word = cleaned.ToLowerInvariant().TrimEnd('!', '.', '?', '！', '。', ' ');
        if (DoneWords.Contains(word))
        {
            return new DoneInput();
        }

        if (SkipWords.Contains(word))
        {
            return new SkipInput();
        }

        return word == "start" ? new CommandInput("train", "") : new TextInput(cleaned);
    }

    /// <summary>The bot a command is addressed to (<c>/start@SomeBot</c>), or null when it names none.</summary>
    public static string? AddressedBot(string text)
    {
        var cleaned = Clean(text);
        if (!cleaned.StartsWith('/'))
        {
            return null;
        }

        var head = cleaned.Split(' ', 2)[0];
        var at = head.IndexOf('@');
        return at < 0 ? null : head[(at + 1)..];
    }

    private static CommandInput ParseCommand(string cleaned)
    {
        var parts = cleaned.Split(' ', 2, StringSplitOptions.TrimEntries);
        var name = parts[0][1..];
        var at = name.IndexOf('@');
        if (at >= 0)
        {
            name = name[..at];
        }

        return new CommandInput(name.ToLowerInvariant(), parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>Drops zero-width and other format characters, folds whitespace and trims.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Format && rune.Value != 0x200D)
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune) || category == UnicodeCategory.Control)
            {
                lastWasSpace = builder.Length > 0;
                continue;
            }

            if (lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
