using System.Net;
using System.Text.Json;

namespace HipKnee.Bot.Tests.WebApp;

/// <summary>GET /app/api/me: the caller's own week, calendar, pain, levels, reminder and settings, in their language.</summary>
public sealed class MiniAppReadTests
{
    private const long Runner = 7101;
    private const long Other = 7102;

    [Fact]
    public async Task Valid_initData_reads_the_callers_own_week_calendar_pain_levels_and_settings()
    {
        await using var app = await MiniAppScenario.StartAsync();
        await app.JoinAsync(Runner);
        await app.SayAsync(Runner, "/train");
        for (var set = 0; set < 8; set++)
        {
            await app.SayAsync(Runner, "done");
        }

        await app.SayAsync(Runner, "2");
        await app.SayAsync(Runner, "/pain 9");

        var me = await app.MeAsync(Runner);

        var settings = me.GetProperty("settings");
        Assert.Equal(["mon", "wed", "fri"], settings.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(("07:30", "Europe/Berlin", false), (settings.GetProperty("time").GetString(), settings.GetProperty("timeZone").GetString(), settings.GetProperty("paused").GetBoolean()));
        var week = me.GetProperty("week");
        Assert.Equal((1, 3, "1 of 3 sessions this week"), (week.GetProperty("done").GetInt32(), week.GetProperty("goal").GetInt32(), week.GetProperty("text").GetString()));
        var monday = week.GetProperty("days")[0];
        Assert.Equal(("2026-03-02", "completed", true), (monday.GetProperty("date").GetString(), monday.GetProperty("status").GetString(), monday.GetProperty("today").GetBoolean()));
        Assert.Equal(["completed", "rest", "upcoming", "rest", "upcoming", "rest", "rest"], week.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("status").GetString()));
        var weeks = me.GetProperty("calendar").GetProperty("weeks");
        Assert.Equal(12, weeks.GetArrayLength());
        Assert.All(weeks.EnumerateArray(), w => Assert.Equal(7, w.GetProperty("days").GetArrayLength()));
        Assert.Equal("none", weeks[0].GetProperty("days")[0].GetProperty("status").GetString());
        // The session's answer (2) is the trend; the ad-hoc /pain 9 is not, as in the chat's /stats.
        Assert.Equal([2], me.GetProperty("pain").GetProperty("points").EnumerateArray().Select(p => p.GetProperty("score").GetInt32()));
        var lunge = me.GetProperty("exercises")[0];
        var stored = HipKnee.Core.Routine.ExerciseLevels.Parse((await app.UserAsync(Runner)).Levels).ForwardLunge;
        Assert.Equal(("forward-lunge", "Forward lunge", stored + 1), (lunge.GetProperty("id").GetString(), lunge.GetProperty("name").GetString(), lunge.GetProperty("level").GetInt32()));
        Assert.Contains("knee pain 3/10 or less", lunge.GetProperty("moveUp").GetString());
        Assert.Equal("Wed 4 Mar, 07:30", me.GetProperty("nextReminder").GetProperty("text").GetString());
        Assert.Equal("This week", me.GetProperty("labels").GetProperty("thisWeek").GetString());

        using var picture = await app.Http.GetAsync(lunge.GetProperty("picture").GetString());
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_chinese_runner_gets_every_label_in_chinese()
    {
        await using var app = await MiniAppScenario.StartAsync();
        await app.JoinAsync(Runner);
        await app.SayAsync(Runner, "/language zh");

        var me = await app.MeAsync(Runner);

        Assert.Equal("zh", me.GetProperty("language").GetString());
        Assert.All(me.GetProperty("labels").EnumerateObject(), label => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", label.Value.GetString()));
        Assert.EndsWith(".zh.png", me.GetProperty("exercises")[1].GetProperty("picture").GetString());
        Assert.Equal("周一", me.GetProperty("calendar").GetProperty("weekdays")[0].GetString());
    }

    [Fact]
    public async Task One_runner_reads_only_their_own_row()
    {
        await using var app = await MiniAppScenario.StartAsync();
        await app.JoinAsync(Runner, "tue thu sat 18:00", "Asia/Tokyo");
        await app.JoinAsync(Other, "mon wed fri 06:15", "America/New_York");

        var mine = (await app.MeAsync(Runner)).GetProperty("settings");
        var theirs = (await app.MeAsync(Other)).GetProperty("settings");

        Assert.Equal(("Asia/Tokyo", "18:00"), (mine.GetProperty("timeZone").GetString(), mine.GetProperty("time").GetString()));
        Assert.Equal(("America/New_York", "06:15"), (theirs.GetProperty("timeZone").GetString(), theirs.GetProperty("time").GetString()));
    }

    [Fact]
    public async Task The_time_zone_list_holds_every_zone_the_chat_accepts()
    {
        await using var app = await MiniAppScenario.StartAsync();
        await app.JoinAsync(Runner);

        using var response = await app.SendAsync(HttpMethod.Get, "/app/api/timezones", app.InitData(Runner));
        var zones = (await MiniAppScenario.JsonOf(response)).GetProperty("zones").EnumerateArray().ToList();

        Assert.Contains(zones, z => z.GetProperty("id").GetString() == "Europe/Berlin" && z.GetProperty("label").GetString() == "Europe/Berlin (UTC+01:00)");
        Assert.All(zones, z => Assert.Equal(z.GetProperty("id").GetString(), HipKnee.Core.Schedule.ScheduleParser.Zone(z.GetProperty("id").GetString()!)));
        Assert.Equal(JsonValueKind.String, zones[0].GetProperty("label").ValueKind);
    }
}
