using System.Globalization;

namespace HipKnee.Core.Schedule;

/// <summary>Reads typed schedules: days like "mon wed fri", times like "07:30", IANA zones like "Europe/Berlin".</summary>
public static class ScheduleParser
{
    private static readonly char[] Separators = [' ', ',', '/', '·', ';', '\t', '、', '，', '；'];

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mo"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["tu"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["we"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["th"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["fr"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sa"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["su"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
        ["周一"] = DayOfWeek.Monday, ["周二"] = DayOfWeek.Tuesday, ["周三"] = DayOfWeek.Wednesday, ["周四"] = DayOfWeek.Thursday,
        ["周五"] = DayOfWeek.Friday, ["周六"] = DayOfWeek.Saturday, ["周日"] = DayOfWeek.Sunday, ["周天"] = DayOfWeek.Sunday,
        ["星期一"] = DayOfWeek.Monday, ["星期二"] = DayOfWeek.Tuesday, ["星期三"] = DayOfWeek.Wednesday, ["星期四"] = DayOfWeek.Thursday,
        ["星期五"] = DayOfWeek.Friday, ["星期六"] = DayOfWeek.Saturday, ["星期日"] = DayOfWeek.Sunday, ["星期天"] = DayOfWeek.Sunday,
        ["礼拜一"] = DayOfWeek.Monday, ["礼拜二"] = DayOfWeek.Tuesday, ["礼拜三"] = DayOfWeek.Wednesday, ["礼拜四"] = DayOfWeek.Thursday,
        ["礼拜五"] = DayOfWeek.Friday, ["礼拜六"] = DayOfWeek.Saturday, ["礼拜日"] = DayOfWeek.Sunday, ["礼拜天"] = DayOfWeek.Sunday,
    };

    /// <summary>Where a Chinese weekday name starts, so "周一周三周五" (written without spaces, as is usual) splits into three words.</summary>
    private static readonly string[] ChineseDayHeads = ["星期", "礼拜", "周"];

    private static readonly Lazy<Dictionary<string, string>> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => zone.Id)
            .Append("UTC")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase));

    public static IEnumerable<string> Words(string text) =>
        SplitChineseDays(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static string SplitChineseDays(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var head = ChineseDayHeads.FirstOrDefault(h => string.CompareOrdinal(text, i, h, 0, h.Length) == 0);
            if (head is not null)
            {
                builder.Append(' ').Append(head);
                i += head.Length - 1;
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    public static bool IsDayWord(string word) => DayNames.ContainsKey(word.TrimEnd('.'));

    /// <summary>Days from words; null when any word is not a day. Repeated days count once.</summary>
    public static TrainingDays? Days(IEnumerable<string> words)
    {
        var days = TrainingDays.None;
        foreach (var word in words)
        {
            if (!DayNames.TryGetValue(word.TrimEnd('.'), out var day))
            {
                return null;
            }

            days |= TrainingCalendar.Flag(day);
        }

        return days == TrainingDays.None ? null : days;
    }

    /// <summary>A 24-hour wall time "H:MM" or "HH:MM"; null for anything else (e.g. "25:00").</summary>
    public static TimeOnly? Time(string text) =>
        TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    /// <summary>The canonical IANA id for a zone name in any letter case; null when this machine has no such zone.</summary>
    public static string? Zone(string text)
    {
        var name = text.Trim();
        if (name.Length == 0 || name.Length > 64)
        {
            return null;
        }

        if (Zones.Value.TryGetValue(name, out var id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
        {
            return id;
        }

        // Links and aliases such as Etc/UTC, GMT, US/Eastern or Asia/Calcutta, exactly as spelled.
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone.Id : null;
    }

    public static int Count(this TrainingDays days) => System.Numerics.BitOperations.PopCount((uint)days);

    /// <summary>True when two chosen days follow each other (Sunday and Monday included).</summary>
    public static bool HasBackToBack(this TrainingDays days)
    {
        var bits = (int)days & 0x7F;
        var rotated = ((bits << 1) | (bits >> 6)) & 0x7F;
        return (bits & rotated) != 0;
    }
}
