using System.ComponentModel;

namespace HipKnee.Bot.Options;

/// <summary>
/// Converts one configuration value the way the binder will, but says what is wrong instead of throwing (a number)
/// or silently dropping it (an item of a list).
/// </summary>
public static class SettingValue
{
    /// <summary>The problem with <paramref name="raw"/> as a <paramref name="type"/> at <paramref name="key"/>, or null.</summary>
    public static string? Problem(string key, string raw, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return null;
        }

        if (raw.Length == 0 && target != type)
        {
            return null; // an empty value leaves a nullable setting unset
        }

        if (target.IsEnum)
        {
            // The binder would also take a number or "A, B" for an enum; only the documented names are accepted.
            return Enum.GetNames(target).Contains(raw.Trim(), StringComparer.OrdinalIgnoreCase)
                ? null
                : $"{key} must be {string.Join(" or ", Enum.GetNames(target))} (got '{raw}').";
        }

        try
        {
            _ = TypeDescriptor.GetConverter(target).ConvertFromInvariantString(raw);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or NotSupportedException
                                       || ex.InnerException is FormatException or OverflowException)
        {
            return $"{key} must be {Describe(target)} (got '{raw}').";
        }
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(TimeSpan) => "a duration as hh:mm:ss, e.g. 00:00:02",
        _ when type == typeof(double) || type == typeof(decimal) => "a number, e.g. 1.5",
        _ => $"a {type.Name}",
    };
}
