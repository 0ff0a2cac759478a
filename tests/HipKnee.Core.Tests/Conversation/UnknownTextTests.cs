using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class UnknownTextTests
{
    [Theory]
    [InlineData("what now?")]
    [InlineData("完成了")]
    [InlineData("")]
    public void Unknown_text_during_a_session_repeats_the_current_set_with_a_hint(string text)
    {
        var chat = TestChat.AtStep(2);
        var before = chat.State;

        var decision = chat.Send(text);

        var prompt = Assert.Single(decision.TextReplies());
        Assert.Contains("I didn't catch that", prompt.Text);
        Assert.Contains("Set 3 of 8", prompt.Text);
        Assert.Contains(SessionContract.SetNames[2], prompt.Text);
        Assert.Equal(["d:1:2", "s:1:2", "tm:1:2"], decision.ButtonData());
        Assert.Empty(decision.Events);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Unknown_command_during_a_session_points_to_help_and_repeats_the_set()
    {
        var chat = TestChat.AtStep(2);
        var before = chat.State;

        var decision = chat.Send("/dance");

        Assert.Contains("/help", decision.TextReplies()[0].Text);
        Assert.Contains(SessionContract.SetNames[2], decision.SetPrompt().Text);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Help_during_a_session_lists_commands_and_repeats_the_set()
    {
        var chat = TestChat.AtStep(6);

        var decision = chat.Send("/help");

        Assert.Contains("/stop", decision.TextReplies()[0].Text);
        Assert.Contains(SessionContract.SetNames[6], decision.SetPrompt().Text);
        Assert.Empty(decision.Events);
    }
}
