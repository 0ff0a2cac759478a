using System.Text.Json;
using HipKnee.Bot.Privacy;
using HipKnee.Bot.Tests.Support;

namespace HipKnee.Bot.Tests;

public sealed class ExportTests
{
    private const long Other = 7007;
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Export_contains_exactly_the_users_sessions_sets_and_pain_and_nothing_of_another_user()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.TrainFullyAsync(ReminderScenario.Runner, pain: 2, skipSet: 5);
        scenario.Time.Advance(TimeSpan.FromHours(1));
        await scenario.TrainFullyAsync(Other, pain: 9);
        await scenario.TrainFullyAsync(Other, pain: 8);

        ExportData data;
        await using (var db = scenario.OpenDatabase())
        {
            data = await ExportData.LoadAsync(db, ReminderScenario.Runner, scenario.Time.GetUtcNow(), CancellationToken.None);
        }

        var json = JsonDocument.Parse(ExportJson.Write(data)).RootElement;
        Assert.Equal(ReminderScenario.Runner, json.GetProperty("chatId").GetInt64());
        Assert.Equal("Europe/Berlin", json.GetProperty("settings").GetProperty("timeZoneId").GetString());
        var session = Assert.Single(json.GetProperty("sessions").EnumerateArray());
        Assert.Equal("Completed", session.GetProperty("outcome").GetString());
        Assert.Equal(8, session.GetProperty("sets").GetArrayLength());
        Assert.Equal("Skipped", session.GetProperty("sets")[5].GetProperty("outcome").GetString());
        Assert.Equal(2, Assert.Single(json.GetProperty("painEntries").EnumerateArray()).GetProperty("score").GetInt32());
        Assert.DoesNotContain(Other.ToString(System.Globalization.CultureInfo.InvariantCulture), ExportJson.Write(data));

        var rows = ExportCsv.Write(data).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExportCsv.Header, rows[0]);
        Assert.Equal([1, 8, 1], new[] { "session,", "set,", "pain," }.Select(kind => rows.Count(r => r.StartsWith(kind, StringComparison.Ordinal))));
        Assert.EndsWith(",2026-01-05,2", rows[^1]);
        Assert.Contains(rows, row => row.StartsWith("set,1,,,,6,SingleLegBridge,Right,Skipped,2026-01-05T07:00:00Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exported_levels_are_numbered_as_level_shows_them_without_internal_fields()
    {
        await using var scenario = await ReminderScenario.StartAsync(Start);
        await scenario.SayAsync("/level 1");

        ExportData data;
        await using (var db = scenario.OpenDatabase())
        {
            data = await ExportData.LoadAsync(db, ReminderScenario.Runner, scenario.Time.GetUtcNow(), CancellationToken.None);
        }

        var text = ExportJson.Write(data);
        var levels = JsonDocument.Parse(text).RootElement.GetProperty("settings").GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["ForwardLunge", "SidePlank", "SingleLegBridge", "StepDown"], levels.Select(l => l.GetProperty("exercise").GetString()));
        Assert.All(levels, level => Assert.Equal(1, level.GetProperty("level").GetInt32()));
        Assert.All(levels, level => Assert.True(level.GetProperty("of").GetInt32() > 1));
        Assert.DoesNotContain("canMoveUp", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("canStepBack", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("isValid", text, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableTheory]
    [InlineData(TestDatabases.Sqlite)]
    [InlineData(TestDatabases.Postgres)]
    public async Task Exported_sets_have_their_exercise_side_and_the_millisecond_they_were_answered(string provider)
    {
        await using var scenario = await ReminderScenario.StartAsync(Start, provider: provider);
        await scenario.SayAsync("/train");
        var answered = new List<DateTimeOffset>();
        for (var set = 0; set < 8; set++)
        {
            scenario.Time.Advance(TimeSpan.FromMilliseconds(95_321));
            answered.Add(scenario.Time.GetUtcNow());
            await scenario.SayAsync(set == 2 ? "skip" : "done");
        }

        ExportData data;
        await using (var db = scenario.OpenDatabase())
        {
            data = await ExportData.LoadAsync(db, ReminderScenario.Runner, scenario.Time.GetUtcNow(), CancellationToken.None);
        }

        var session = Assert.Single(JsonDocument.Parse(ExportJson.Write(data)).RootElement.GetProperty("sessions").EnumerateArray());
        Assert.Equal((7, 1), (session.GetProperty("setsDone").GetInt32(), session.GetProperty("setsSkipped").GetInt32()));
        var sets = session.GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal(
            ["ForwardLunge Left", "ForwardLunge Right", "SidePlank Left", "SidePlank Right", "SingleLegBridge Left", "SingleLegBridge Right", "StepDown Left", "StepDown Right"],
            sets.Select(set => $"{set.GetProperty("exercise").GetString()} {set.GetProperty("side").GetString()}"));
        Assert.Equal(answered, sets.Select(set => set.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal("Skipped", sets[2].GetProperty("outcome").GetString());
    }
}
