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
}
