using System.Reflection;
using System.Text.RegularExpressions;
using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Tests.Texts;

/// <summary>
/// Every text of the catalogue exists in both languages: each member of <see cref="ICoachTexts"/> is called on the
/// English and the Chinese catalogue with sample arguments, and the Chinese answer must be Chinese, not a leftover.
/// </summary>
public sealed partial class TranslationTests
{
    /// <summary>Texts that are the same in every language (a clock time).</summary>
    private static readonly HashSet<string> SameEverywhere = [nameof(IScheduleTexts.Clock), nameof(IScheduleTexts.ZoneLabel)];

    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var member in Members())
        {
            data.Add(member.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_key_has_an_english_and_a_chinese_text(string key)
    {
        foreach (var member in Members().Where(m => m.Name == key))
        {
            var english = Render(member, CoachTexts.For(Languages.English));
            var chinese = Render(member, CoachTexts.For(Languages.Chinese));

            Assert.All(english, text => Assert.False(string.IsNullOrWhiteSpace(text), $"{key}: English text is empty"));
            Assert.All(chinese, text => Assert.False(string.IsNullOrWhiteSpace(text), $"{key}: Chinese text is empty"));
            if (!SameEverywhere.Contains(key))
            {
                Assert.All(chinese, text => Assert.Matches(Han(), text));
                Assert.NotEqual(english, chinese);
            }
        }
    }

    [Fact]
    public void Both_languages_have_the_same_command_menu()
    {
        var english = CoachTexts.For(Languages.English).CommandMenu.Select(c => c.Key);
        var chinese = CoachTexts.For(Languages.Chinese).CommandMenu.Select(c => c.Key);

        Assert.Equal(english, chinese);
    }

    [Fact]
    public void Every_offered_zone_has_a_readable_chinese_name_and_the_english_name_as_typed()
    {
        foreach (var zone in ZoneGuess.Common.Concat(["Europe/Paris", "Asia/Tokyo"]))
        {
            Assert.Matches(Han(), CoachTexts.For(Languages.Chinese).ZoneLabel(zone));
        }

        Assert.Equal("America/New York", CoachTexts.For(Languages.English).ZoneLabel("America/New_York"));
    }

    [Fact]
    public void An_unknown_language_falls_back_to_english() =>
        Assert.Same(CoachTexts.For("en"), CoachTexts.For("xx"));

    private static IEnumerable<MemberInfo> Members() =>
        new[] { typeof(ICoachTexts) }.Concat(typeof(ICoachTexts).GetInterfaces())
            .SelectMany(type => type.GetMembers())
            .Where(member => member is PropertyInfo { PropertyType: var t } ? t != typeof(DayOfWeek) : member is MethodInfo { IsSpecialName: false });

    /// <summary>The texts a member gives, once per enum value where it takes an exercise, side or barrier.</summary>
    private static List<string> Render(MemberInfo member, ICoachTexts texts)
    {
        if (member is PropertyInfo property)
        {
            return Flatten(property.GetValue(texts));
        }

        var method = (MethodInfo)member;
        var variants = method.GetParameters().Select(p => Samples(p.ParameterType)).ToList();
        var results = new List<string>();
        foreach (var args in Combine(variants))
        {
            results.AddRange(Flatten(method.Invoke(texts, args)));
        }

        return results;
    }

    private static List<string> Flatten(object? value) => value switch
    {
        string text => [text],
        IEnumerable<KeyValuePair<string, string>> menu => menu.Select(item => item.Value).ToList(),
        IEnumerable<string> list => list.ToList(),
        _ => throw new InvalidOperationException($"Unexpected text type {value?.GetType()}"),
    };

    private static IReadOnlyList<object?> Samples(Type type) => type switch
    {
        _ when type == typeof(int) => [3],
        _ when type == typeof(string) => ["x"],
        _ when type == typeof(bool) => [false, true],
        _ when type == typeof(DateOnly) => [new DateOnly(2026, 3, 2)],
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?) => [new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.FromHours(1)), null],
        _ when type == typeof(TimeOnly) => [new TimeOnly(7, 30)],
        _ when type == typeof(TimeOnly?) => [new TimeOnly(7, 30), null],
        _ when type == typeof(TimeSpan) => [TimeSpan.FromMinutes(14)],
        _ when type == typeof(TrainingDays) => [TrainingDays.Default],
        _ when type == typeof(Dose) => HipRoutine.Exercises.SelectMany(e => e.Steps).Cast<object?>().ToList(),
        _ when type == typeof(IReadOnlyList<string>) => [new[] { "•" }],
        _ when type == typeof(ProgressReport) => [SampleReport()],
        _ when type.IsEnum => Enum.GetValues(type).Cast<object?>().ToList(),
        _ => throw new InvalidOperationException($"No sample for {type}"),
    };

    private static IEnumerable<object?[]> Combine(IReadOnlyList<IReadOnlyList<object?>> variants) =>
        variants.Aggregate((IEnumerable<object?[]>)[[]], (combos, options) => combos.SelectMany(combo => options.Select(option => (object?[])[.. combo, option])));

    private static ProgressReport SampleReport() => new(
        5, 1, 2, 0.5, 0.75, new Dictionary<ExerciseId, int> { [ExerciseId.SidePlank] = 2 }, PainTrend.Steady, 3,
        [new TrainingWeek(new DateOnly(2026, 3, 2), 3, 3, 2.5)]);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
