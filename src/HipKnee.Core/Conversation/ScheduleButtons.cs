using System.Globalization;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Conversation;

/// <summary>
/// Payloads of the schedule and reminder buttons (all within Telegram's 64 bytes):
/// <c>sc</c> change schedule, <c>sd:&lt;days&gt;</c> choose days (<c>:!</c> keeps back-to-back days anyway),
/// <c>st:&lt;HHmm&gt;</c> time, <c>tz:&lt;zone&gt;</c> time zone, <c>n:s:&lt;yyyyMMdd&gt;</c> snooze, <c>n:x:&lt;yyyyMMdd&gt;</c> not today.
/// </summary>
public static class ScheduleButtons
{
    public const string Change = "sc";
    private const string DayFormat = "yyyyMMdd";

    public static string Days(TrainingDays days, bool insist = false) =>
        string.Create(CultureInfo.InvariantCulture, $"sd:{(int)days}{(insist ? ":!" : "")}");

    public static string Time(TimeOnly time) => $"st:{time.ToString("HHmm", CultureInfo.InvariantCulture)}";

    public static string Zone(string zoneId) => $"tz:{zoneId}";

    public static string Snooze(DateOnly day) => $"n:s:{day.ToString(DayFormat, CultureInfo.InvariantCulture)}";

    public static string NotToday(DateOnly day) => $"n:x:{day.ToString(DayFormat, CultureInfo.InvariantCulture)}";

    public static bool TryDays(string data, out TrainingDays days, out bool insist)
    {
        var parts = data.Split(':');
        insist = parts.Length == 3 && parts[2] == "!";
        days = TrainingDays.None;
        if (parts.Length is < 2 or > 3 || parts[0] != "sd" || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            return false;
        }

        days = (TrainingDays)(bits & 0x7F);
        return days != TrainingDays.None;
    }

    public static TimeOnly? TryTime(string data) =>
        data.StartsWith("st:", StringComparison.Ordinal)
        && TimeOnly.TryParseExact(data[3..], "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    public static string? TryZone(string data) =>
        data.StartsWith("tz:", StringComparison.Ordinal) ? ScheduleParser.Zone(data[3..]) : null;

    /// <summary>A reminder button: snooze (true) or not today (false), and the day it was about.</summary>
    public static (bool Snooze, DateOnly Day)? TryNudge(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 3 || parts[0] != "n" || parts[1] is not ("s" or "x")
            || !DateOnly.TryParseExact(parts[2], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return (parts[1] == "s", day);
    }
}
