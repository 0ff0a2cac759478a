using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class AbandonedSessionTests
{
    [Fact]
    public void Message_after_more_than_12_hours_closes_the_session_as_abandoned_and_offers_a_new_one()
    {
        var chat = TestChat.AtStep(3);

        var decision = chat.Later(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1)).Send("done");

        Assert.Equal(new SessionEnded(1, SessionOutcome.Abandoned, 3, 0, chat.Now), Assert.Single(decision.Events));
        var note = Assert.Single(decision.TextReplies()).Text;
        Assert.Contains("over 12 hours", note);
        Assert.Contains("3 sets done, 0 skipped", note);
        Assert.Equal([CallbackData.Train], decision.ButtonData());
        Assert.Null(chat.State.Session);
        Assert.Equal(1, chat.State.SessionCount);
    }

    [Fact]
    public void Train_after_13_hours_closes_the_old_session_and_starts_the_next_at_the_first_set()
    {
        var chat = TestChat.AtStep(3);

        var decision = chat.Later(TimeSpan.FromHours(13)).Send("/train");

        Assert.Equal(
            [new SessionEnded(1, SessionOutcome.Abandoned, 3, 0, chat.Now), new SessionStarted(2, chat.Now)],
            decision.Events);
        Assert.Equal(new ActiveSession(2, chat.Now, chat.Now, 0, 0, 0), chat.State.Session);
        Assert.Equal(2, chat.State.SessionCount);
        Assert.Contains("over 12 hours", decision.AllText());
        Assert.Contains(SessionContract.SetNames[0], decision.SetPrompt().Text);
        Assert.Contains("d:2:0", decision.ButtonData());
    }

    [Theory]
    [InlineData(11 * 60)]
    [InlineData(12 * 60)]
    public void Train_within_12_hours_still_resumes(int minutes)
    {
        var chat = TestChat.AtStep(3);
        var before = chat.State;

        var decision = chat.Later(TimeSpan.FromMinutes(minutes)).Send("/train");

        Assert.Empty(decision.Events);
        Assert.Equal(before with { Session = before.Session! with { LastActivityAt = chat.Now } }, chat.State);
        Assert.Contains("Picking up where you left off", decision.AllText());
        Assert.Contains(SessionContract.SetNames[3], decision.SetPrompt().Text);
    }

    [Fact]
    public void The_12_hours_count_from_the_last_recorded_set_not_from_the_start()
    {
        var chat = TestChat.AtStep(1);
        chat.Later(TimeSpan.FromHours(10)).Send("done");

        var decision = chat.Later(TimeSpan.FromHours(10)).Send("done");

        Assert.Equal(new SetRecorded(1, 2, SetOutcome.Done, chat.Now), Assert.Single(decision.Events));
        Assert.Equal(3, chat.State.Session?.Step);
    }

    [Fact]
    public void Old_button_after_13_hours_closes_the_session_and_is_answered_once()
    {
        var chat = TestChat.AtStep(3);

        var decision = chat.Later(TimeSpan.FromHours(13)).Press(CallbackData.Done(1, 3));

        Assert.Contains("already behind you", Assert.Single(decision.CallbackAnswers()).Text);
        Assert.Equal(new SessionEnded(1, SessionOutcome.Abandoned, 3, 0, chat.Now), Assert.Single(decision.Events));
        Assert.Null(chat.State.Session);
    }

    [Fact]
    public void Abandoned_session_is_closed_only_once()
    {
        var chat = TestChat.AtStep(3);
        chat.Later(TimeSpan.FromHours(13)).Send("hello");

        var decision = chat.Later(TimeSpan.FromHours(13)).Send("hello");

        Assert.Empty(decision.Events);
        Assert.Single(chat.Events.OfType<SessionEnded>());
    }
}
