using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class ResumeTests
{
    [Theory]
    [InlineData("/train")]
    [InlineData("start")]
    [InlineData("Start")]
    [InlineData("/start")]
    public void Starting_again_during_a_session_shows_the_current_set_without_moving(string text)
    {
        var chat = TestChat.AtStep(3);
        var before = chat.State;

        var decision = chat.Later(TimeSpan.FromMinutes(5)).Send(text);

        Assert.Equal(before with { Session = before.Session! with { LastActivityAt = chat.Now } }, chat.State);
        Assert.Empty(decision.Events);
        var prompt = Assert.Single(decision.TextReplies());
        Assert.Contains("Picking up where you left off", prompt.Text);
        Assert.Contains("Set 4 of 8", prompt.Text);
        Assert.Contains(SessionContract.SetNames[3], prompt.Text);
        Assert.Equal(["d:1:3", "s:1:3", "tm:1:3"], decision.ButtonData());
    }

    [Fact]
    public void Done_after_resuming_records_the_set_that_was_shown()
    {
        var chat = TestChat.AtStep(5);
        chat.Send("/train");

        var decision = chat.Send("done");

        Assert.Equal(6, chat.State.Session?.Step);
        Assert.Contains(SessionContract.SetNames[6], decision.SetPrompt().Text);
    }
}
