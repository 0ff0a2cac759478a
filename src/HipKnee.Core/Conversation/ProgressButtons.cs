using System.Globalization;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Conversation;

/// <summary>
/// Payloads of the progress buttons: <c>pn:&lt;0-10&gt;</c> pain, <c>lv:&lt;exercise|0 for all&gt;:&lt;level&gt;</c> set a level
/// (absolute, so a double tap changes nothing), <c>pu</c> move up, <c>pd</c> step back, <c>px</c> keep the level,
/// <c>wb:&lt;barrier&gt;</c> what got in the way, <c>wo</c> weekly summaries off, <c>rt:&lt;HHmm&gt;</c> reminder time, <c>pz</c> pause.
/// </summary>
public static class ProgressButtons
{
    public const string MoveUp = "pu";
    public const string StepBack = "pd";
    public const string KeepLevel = "px";
    public const string SummaryOff = "wo";
    public const string Pause = "pz";

    public static string Pain(int score) => string.Create(CultureInfo.InvariantCulture, $"pn:{score}");

    public static string Level(ExerciseId? exercise, int level) =>
        string.Create(CultureInfo.InvariantCulture, $"lv:{(int?)exercise ?? 0}:{level}");

    public static string Barrier(WeekBarrier barrier) => string.Create(CultureInfo.InvariantCulture, $"wb:{(int)barrier}");

    public static string ReminderTime(TimeOnly time) => $"rt:{time.ToString("HHmm", CultureInfo.InvariantCulture)}";

    public static int? TryPain(string data) =>
        Number(data, "pn:") is { } score && Progress.PainReading.IsScore(score) ? score : null;

    /// <summary>A level button: the exercise (null for all) and the level chosen.</summary>
    public static (ExerciseId? Exercise, int Level)? TryLevel(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 3 || parts[0] != "lv"
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            return null;
        }

        if (id == 0)
        {
            return (null, level);
        }

        return Enum.IsDefined((ExerciseId)id) ? ((ExerciseId)id, level) : null;
    }

    public static WeekBarrier? TryBarrier(string data) =>
        Number(data, "wb:") is { } code && Enum.IsDefined((WeekBarrier)code) ? (WeekBarrier)code : null;

    public static TimeOnly? TryReminderTime(string data) =>
        data.StartsWith("rt:", StringComparison.Ordinal)
        && TimeOnly.TryParseExact(data[3..], "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    private static int? Number(string data, string prefix) =>
        data.StartsWith(prefix, StringComparison.Ordinal)
        && data.Length - prefix.Length is > 0 and <= 3
        && int.TryParse(data.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
