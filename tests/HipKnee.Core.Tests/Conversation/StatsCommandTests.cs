using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class StatsCommandTests
{
    [Fact]
    public void Stats_without_any_session_says_so_and_sends_no_chart()
    {
        var decision = TestChat.OnMonday().Send("/stats");

        Assert.Contains("No sessions yet", decision.AllText());
        Assert.Empty(decision.Replies.OfType<ChartReply>());
    }

    [Fact]
    public void Stats_tell_sessions_streak_adherence_and_pain_and_come_with_a_chart_per_week()
    {
        var chat = TestChat.OnMonday();
        foreach (var day in new[] { 0, 2, 4, 7 })
        {
            chat.At(Moments.MondayMorning.AddDays(day)).Send("/train");
            for (var set = 0; set < 8; set++)
            {
                chat.Later(TimeSpan.FromMinutes(1)).Send(set == 2 ? "skip" : "done");
            }

            chat.Later(TimeSpan.FromMinutes(1)).Press(ProgressButtons.Pain(2));
        }

        var decision = chat.At(Moments.MondayMorning.AddDays(8)).Send("/stats");

        var text = decision.AllText();
        Assert.Contains("Sessions completed: 4", text);
        Assert.Contains("Streak: 1 week met in a row (best: 1 week)", text);
        Assert.Contains("Adherence: 100% in the last 4 weeks, 100% all time", text);
        Assert.Contains("Knee pain: steady (latest 2/10)", text);
        var chart = Assert.Single(decision.Replies.OfType<ChartReply>()).Chart;
        Assert.Equal([3, 1], chart.Weeks.Select(w => w.Sessions));
        Assert.Equal(["2 Mar", "9 Mar"], chart.Weeks.Select(w => w.Label));
        Assert.All(chart.Weeks, w => Assert.Equal(2.0, w.Pain));
    }
}
