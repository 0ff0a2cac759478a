using System.Globalization;
using System.Text;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Console;

/// <summary>
/// The buttons the console printed last, so typing one's label (as shown, without its emoji) or, when no label
/// matches, its number in reading order presses it: every flow can be tried without Telegram.
/// </summary>
public sealed class ConsoleButtons
{
    private readonly Lock _gate = new();
    private IReadOnlyList<ReplyButton> _shown = [];

    /// <summary>Remembers a printed message's buttons; a message without buttons leaves the last ones pressable.</summary>
    public void Show(IReadOnlyList<IReadOnlyList<ReplyButton>> rows)
    {
        var buttons = rows.SelectMany(row => row).ToList();
        if (buttons.Count > 0)
        {
            lock (_gate)
            {
                _shown = buttons;
            }
        }
    }

    /// <summary>The callback data of the button <paramref name="typed"/> names; null when it names none (or is a command).</summary>
    public string? Match(string typed)
    {
        var text = typed.Trim();
        if (text.Length == 0 || text.StartsWith('/'))
        {
            return null;
        }

        IReadOnlyList<ReplyButton> shown;
        lock (_gate)
        {
            shown = _shown;
        }

        var byLabel = shown.FirstOrDefault(button => SameLabel(button.Label, text));
        if (byLabel is not null)
        {
            return byLabel.Data;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= shown.Count
            ? shown[position - 1].Data
            : null;
    }

    private static bool SameLabel(string label, string typed)
    {
        var (plainLabel, plainTyped) = (Plain(label), Plain(typed));
        // A label that is only a symbol (➖, ➕) must be typed as it is.
        return plainLabel.Length == 0
            ? string.Equals(label.Trim(), typed, StringComparison.Ordinal)
            : string.Equals(plainLabel, plainTyped, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words of a label: emoji and symbols at either end dropped, "_" read as a space, spaces folded.</summary>
    private static string Plain(string text)
    {
        var runes = string.Join(' ', text.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).EnumerateRunes().ToList();
        var start = runes.FindIndex(Rune.IsLetterOrDigit);
        var end = runes.FindLastIndex(Rune.IsLetterOrDigit);
        return start < 0 ? "" : string.Concat(runes.Skip(start).Take(end - start + 1).Select(rune => rune.ToString()));
    }
}
