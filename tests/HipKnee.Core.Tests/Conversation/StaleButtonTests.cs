using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class StaleButtonTests
{
    [Theory]
    [InlineData("d:1:0")]
    [InlineData("s:1:2")]
    [InlineData("d:1:4")]
    [InlineData("d:1:99")]
    public void Button_for_another_step_of_this_session_is_already_behind_you(string data)
    {
        var chat = TestChat.AtStep(3);
        var before = chat.State;

        var decision = chat.Press(data);

        AssertBehindYou(decision);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Button_from_an_earlier_session_does_not_touch_the_current_one()
    {
        var chat = TestChat.AtStep(3);
        chat.Send("/stop");
        chat.Send("/train");
        var before = chat.State;

        var decision = chat.Press(CallbackData.Done(1, 0));

        AssertBehindYou(decision);
        Assert.Equal(before, chat.State);
        Assert.Equal(2, chat.State.Session?.Number);
    }

    [Fact]
    public void Button_from_a_completed_session_is_already_behind_you()
    {
        var chat = TestChat.AtStep(8);
        var before = chat.State;

        var decision = chat.Press(CallbackData.Done(1, 7));

        AssertBehindYou(decision);
        Assert.Equal(before, chat.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("d:x:y")]
    [InlineData("d:1:3:extra")]
    public void Unreadable_button_data_is_answered_and_ignored(string data)
    {
        var chat = TestChat.AtStep(3);
        var before = chat.State;

        var decision = chat.Press(data);

        AssertBehindYou(decision);
        Assert.Equal(before, chat.State);
    }

    private static void AssertBehindYou(Decision decision)
    {
        var answer = Assert.Single(decision.Replies);
        Assert.Contains("already behind you", Assert.IsType<CallbackAnswer>(answer).Text);
        Assert.Empty(decision.Events);
    }
}
