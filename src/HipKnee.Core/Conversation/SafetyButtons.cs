using System.Globalization;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Conversation;

/// <summary>
/// Payloads of the safety and pain follow-up buttons: <c>rf:y</c> / <c>rf:n</c> answer the red-flag screen,
/// <c>pk</c> "stopped or skipped because of knee pain?", <c>ph:&lt;exercise|0 not sure&gt;</c> which exercise hurt,
/// <c>mc:&lt;answer&gt;:&lt;yyyyMMdd&gt;</c> the next-morning check.
/// </summary>
public static class SafetyButtons
{
    public const string RedFlagsNone = "rf:y";
    public const string RedFlagsOne = "rf:n";
    public const string PainReason = "pk";
    private const string DayFormat = "yyyyMMdd";

    public static string Hurt(ExerciseId? exercise) => string.Create(CultureInfo.InvariantCulture, $"ph:{(int?)exercise ?? 0}");

    /// <summary>A which-hurt button: null when the data is not one; an inner null for "not sure".</summary>
    public static (ExerciseId? Exercise, bool Valid) TryHurt(string data)
    {
        if (!data.StartsWith("ph:", StringComparison.Ordinal) || data.Length > 5
            || !int.TryParse(data.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return (null, false);
        }

        return id == 0 ? (null, true) : Enum.IsDefined((ExerciseId)id) ? ((ExerciseId)id, true) : (null, false);
    }

    public static string Morning(MorningAnswer answer, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"mc:{(int)answer}:{day.ToString(DayFormat, CultureInfo.InvariantCulture)}");

    public static (MorningAnswer Answer, DateOnly Day)? TryMorning(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 3 || parts[0] != "mc"
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var answer) || !Enum.IsDefined((MorningAnswer)answer)
            || !DateOnly.TryParseExact(parts[2], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return ((MorningAnswer)answer, day);
    }
}
