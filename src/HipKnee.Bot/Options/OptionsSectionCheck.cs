using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace HipKnee.Bot.Options;

/// <summary>
/// Checks one configuration section against its options class before anything starts: every value converts,
/// every key is a property (a misspelt key would be ignored silently), and the class's validation attributes and
/// <see cref="IValidatableObject"/> rules hold. The first problem is returned as one line naming the key.
/// </summary>
public static class OptionsSectionCheck
{
    public static string? Problem<TOptions>(IConfiguration configuration, string section)
        where TOptions : class, new()
    {
        var settings = configuration.GetSection(section);
        var properties = Settable(typeof(TOptions));
        return UnknownKeyProblem(settings, properties) ?? ConversionProblem(settings, properties)
            ?? RuleProblem(settings.Get<TOptions>() ?? new TOptions(), section);
    }

    /// <summary>
    /// The rules the options class declares (validation attributes, then <see cref="IValidatableObject"/>) on a bound
    /// instance: what the start-up check runs after binding, and what the options registration runs at start.
    /// </summary>
    public static string? RuleProblem(object options, string section)
    {
        foreach (var property in Settable(options.GetType()))
        {
            var value = property.GetValue(options);
            var results = new List<ValidationResult>();
            var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = $"{section}:{property.Name}" };
            if (!Validator.TryValidateProperty(value, context, results))
            {
                return Line(results[0], ShownValue(value, property.PropertyType));
            }
        }

        return options is IValidatableObject validatable
            ? validatable.Validate(new ValidationContext(options)).Select(r => Line(r, null)).FirstOrDefault()
            : null;
    }

    private static PropertyInfo[] Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();

    private static string? UnknownKeyProblem(IConfigurationSection settings, PropertyInfo[] properties)
    {
        var known = properties.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = settings.GetChildren().FirstOrDefault(child => !known.Contains(child.Key));
        return unknown is null
            ? null
            : $"{unknown.Path} is not a known setting; {settings.Path} has {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
    }

    private static string? ConversionProblem(IConfigurationSection settings, PropertyInfo[] properties)
    {
        foreach (var property in properties)
        {
            var setting = settings.GetSection(property.Name);
            if (ElementType(property.PropertyType) is { } element)
            {
                if (!string.IsNullOrEmpty(setting.Value))
                {
                    return $"{setting.Path} is a list: give each item its own key, {setting.Path}:0, {setting.Path}:1, ... (environment: {setting.Path.Replace(":", "__", StringComparison.Ordinal)}__0).";
                }

                var item = setting.GetChildren()
                    .Select(child => child.Value is null ? $"{child.Path} must be a single value." : SettingValue.Problem(child.Path, child.Value, element))
                    .FirstOrDefault(problem => problem is not null);
                if (item is not null)
                {
                    return item;
                }
            }
            else if (setting.Value is not null && SettingValue.Problem(setting.Path, setting.Value, property.PropertyType) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0]
        : null;

    /// <summary>Numbers and durations are shown back; strings never are (a token, a secret or a password may be one).</summary>
    private static string? ShownValue(object? value, Type type) =>
        value is null || type == typeof(string) || ElementType(type) is not null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);

    private static string Line(ValidationResult result, string? shown)
    {
        const string attributeOpening = "The field ";
        var message = (result.ErrorMessage ?? "invalid setting").TrimEnd('.');
        message = message.StartsWith(attributeOpening, StringComparison.Ordinal) ? message[attributeOpening.Length..] : message;
        return message + (shown is null ? "." : $" (got '{shown}').");
    }
}
