using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class SessionKeepAliveTests
{
    [Fact]
    public void Resuming_restarts_the_12_hour_clock_so_the_next_done_is_recorded()
    {
        var chat = TestChat.AtStep(1);
        chat.Later(TimeSpan.FromHours(11) + TimeSpan.FromMinutes(55)).Send("/train");

        var decision = chat.Later(TimeSpan.FromMinutes(10)).Send("done");

        Assert.Equal(new SetRecorded(1, 1, SetOutcome.Done, chat.Now), Assert.Single(decision.Events));
        Assert.Equal(2, chat.State.Session?.Step);
    }

    [Fact]
    public void Stop_on_a_stale_session_only_says_it_was_closed()
    {
        var chat = TestChat.AtStep(1);

        var decision = chat.Later(TimeSpan.FromHours(13)).Send("/stop");

        var reply = Assert.Single(decision.TextReplies());
        Assert.Contains("closed it as partial (1 set done, 0 skipped)", reply.Text);
        Assert.Equal(["t"], decision.ButtonData());
        Assert.Equal(SessionOutcome.Abandoned, Assert.IsType<SessionEnded>(Assert.Single(decision.Events)).Outcome);
    }

    [Fact]
    public void Start_on_a_stale_session_offers_one_start_button_not_two()
    {
        var chat = TestChat.AtStep(2);

        var decision = chat.Later(TimeSpan.FromHours(13)).Send("/start");

        Assert.Contains("closed it as partial", decision.TextReplies()[0].Text);
        Assert.Empty(decision.TextReplies()[0].Buttons);
        Assert.True(decision.ButtonData().Count(data => data == CallbackData.Train) <= 1);
        Assert.Contains(decision.TextReplies(), reply => reply.Buttons.Count > 0);
    }
}
