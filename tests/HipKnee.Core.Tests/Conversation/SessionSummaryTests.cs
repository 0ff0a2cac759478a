using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>What "Session complete" says about the next training day (default Mon/Wed/Fri, UTC).</summary>
public sealed class SessionSummaryTests
{
    [Fact]
    public void Finishing_on_a_monday_points_to_wednesday() =>
        Assert.Contains("Next session: Wednesday 4 Mar", FinishOn(Moments.MondayMorning));

    [Fact]
    public void Finishing_on_a_friday_points_to_next_monday() =>
        Assert.Contains("Next session: Monday 9 Mar", FinishOn(Moments.FridayMorning));

    [Fact]
    public void Finishing_the_day_before_a_training_day_says_tomorrow() =>
        Assert.Contains("Next session: tomorrow (Mon 9 Mar)", FinishOn(Moments.SundayMorning));

    [Fact]
    public void Next_session_is_counted_from_the_users_local_date()
    {
        var start = Moments.SundayLateUtc - TimeSpan.FromMinutes(20);
        var berliner = new TestChat(start, new UserState(ChatId: 7) { TimeZoneId = "Europe/Berlin" });

        Assert.Contains("Next session: Wednesday 4 Mar", FinishOn(berliner));
        Assert.Contains("Next session: tomorrow (Mon 2 Mar)", FinishOn(start));
    }

    private static string FinishOn(DateTimeOffset start) => FinishOn(new TestChat(start));

    private static string FinishOn(TestChat chat)
    {
        chat.Send("/train");
        var text = "";
        for (var step = 0; step < 8; step++)
        {
            text = chat.Later(TimeSpan.FromMinutes(2)).Send("done").AllText();
        }

        return text;
    }
}
