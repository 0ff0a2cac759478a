using System.Globalization;

namespace HipKnee.Core.Schedule;

/// <summary>Reads typed schedules: days like "mon wed fri", times like "07:30", IANA zones like "Europe/Berlin".</summary>
public static class ScheduleParser
{
    private static readonly char[] Separators = [' ', ',', '/', '·', ';', '\t'];

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mo"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["tu"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["we"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["th"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["fr"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sa"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["su"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Lazy<Dictionary<string, string>> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => zone.Id)
            .Append("UTC")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase));

    public static IEnumerable<string> Words(string text) => text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

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
