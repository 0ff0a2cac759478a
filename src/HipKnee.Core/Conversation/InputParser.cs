using System.Globalization;
using System.Text;

namespace HipKnee.Core.Conversation;

/// <summary>Turns typed text into an <see cref="Input"/>, forgiving about case, punctuation and invisible characters.</summary>
public static class InputParser
{
    private static readonly HashSet<string> DoneWords = new(StringComparer.Ordinal)
    {
        "done", "d", "✅", "👍", "✔", "☑", "ok done", "did it", "finished", "完成",
    };

    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal) { "skip", "s", "⏭", "跳过" };

    public static Input Parse(string text)
    {
        var cleaned = Clean(text);
        if (cleaned.Length > 1 && cleaned[0] == '/' && cleaned[1] != ' ')
        {
            return ParseCommand(cleaned);
        }

        var word = Normalize(cleaned);
        if (IsMadeOf(word, DoneWords))
        {
            return new DoneInput();
        }

        if (IsMadeOf(word, SkipWords))
        {
            return new SkipInput();
        }

        return word == "start" ? new CommandInput("train", "") : new TextInput(cleaned);
    }

    /// <summary>True for a known phrase, or words that are each known ("done ✅", "done 👍").</summary>
    private static bool IsMadeOf(string word, HashSet<string> words) =>
        words.Contains(word) || (word.Contains(' ') && word.Split(' ').All(words.Contains));

    /// <summary>Lower case, no trailing punctuation, no emoji variation selectors or skin tones.</summary>
    private static string Normalize(string cleaned)
    {
        var builder = new StringBuilder(cleaned.Length);
        foreach (var rune in cleaned.ToLowerInvariant().EnumerateRunes())
        {
            var isModifier = rune.Value is 0xFE0F or 0xFE0E or (>= 0x1F3FB and <= 0x1F3FF);
            if (!isModifier)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString().TrimEnd('!', '.', '?', '！', '。', ' ');
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
