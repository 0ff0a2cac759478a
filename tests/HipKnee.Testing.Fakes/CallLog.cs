using System.Text;

namespace HipKnee.Testing.Fakes;

/// <summary>Human-readable summaries of recorded calls, for assertion and timeout messages.</summary>
internal static class CallLog
{
    private const int MaxTextLength = 40;

    public static string Describe(RecordedCall call)
    {
        var builder = new StringBuilder(call.Method);
        var chatId = call.ChatId;
        var text = call.Text;
        if (chatId is not null || text is not null)
        {
            builder.Append('(');
            if (chatId is not null)
            {
                builder.Append("chat ").Append(chatId.Value);
            }

            if (text is not null)
            {
                builder.Append(chatId is null ? string.Empty : ", ").Append('"').Append(Shorten(text)).Append('"');
            }

            builder.Append(')');
        }

        if (call.Method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase) && call.GetLong("offset") is { } offset)
        {
            builder.Append("(offset ").Append(offset).Append(')');
        }

        return call.Failed ? builder.Append(" [FAILED]").ToString() : builder.ToString();
    }

    /// <summary>One line per call; consecutive identical lines (e.g. idle getUpdates) are collapsed.</summary>
    public static string Describe(IReadOnlyList<RecordedCall> calls)
    {
        if (calls.Count == 0)
        {
            return "  (no calls)";
        }

        var lines = new List<(string Line, int Repeats)>();
        foreach (var line in calls.Select(call => Describe(call)))
        {
            if (lines.Count > 0 && lines[^1].Line == line)
            {
                lines[^1] = (line, lines[^1].Repeats + 1);
            }
            else
            {
                lines.Add((line, 1));
            }
        }

        return string.Join(
            Environment.NewLine,
            lines.Select(entry => entry.Repeats > 1 ? $"  {entry.Line} x{entry.Repeats}" : $"  {entry.Line}"));
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaxTextLength ? flat : string.Concat(flat.AsSpan(0, MaxTextLength), "...");
    }
}
