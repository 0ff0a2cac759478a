using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class StopTests
{
    [Fact]
    public void Stop_mid_session_records_a_partial_session_with_its_counts()
    {
        var chat = TestChat.AtStep(3);
        chat.Send("skip");
        chat.Send("skip");

        var decision = chat.Send("/stop");

        Assert.Equal(new SessionEnded(1, SessionOutcome.Stopped, 3, 2, chat.Now), Assert.Single(decision.Events));
        Assert.Contains("3 sets done, 2 skipped", decision.AllText());
        Assert.Null(chat.State.Session);
        Assert.Equal(1, chat.State.SessionCount);
        Assert.Contains(CallbackData.Train, decision.ButtonData());
    }

    [Fact]
    public void Stop_right_after_starting_records_an_empty_partial_session()
    {
        var chat = TestChat.AtStep(0);

        var decision = chat.Send("/stop");

        Assert.Equal(new SessionEnded(1, SessionOutcome.Stopped, 0, 0, chat.Now), Assert.Single(decision.Events));
        Assert.Null(chat.State.Session);
    }

    [Fact]
    public void Stop_with_no_session_is_answered_kindly_and_changes_nothing()
    {
        var chat = TestChat.OnMonday();
        var before = chat.State;

        var decision = chat.Send("/stop");

        Assert.Contains("nothing to stop", Assert.Single(decision.TextReplies()).Text);
        Assert.Empty(decision.Events);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Stop_after_completion_does_not_end_the_session_again()
    {
        var chat = TestChat.AtStep(8);
        var before = chat.State;

        var decision = chat.Send("/stop");

        Assert.Empty(decision.Events);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Training_after_stop_starts_the_next_session()
    {
        var chat = TestChat.AtStep(4);
        chat.Send("/stop");

        var decision = chat.Send("/train");

        Assert.Equal(new SessionStarted(2, chat.Now), Assert.Single(decision.Events));
        Assert.Equal(0, chat.State.Session?.Step);
        Assert.Contains(SessionContract.SetNames[0], decision.SetPrompt().Text);
    }
}
