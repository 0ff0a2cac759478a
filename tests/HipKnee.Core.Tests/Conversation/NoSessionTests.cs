using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class NoSessionTests
{
    [Theory]
    [InlineData("done")]
    [InlineData("✅")]
    [InlineData("skip")]
    public void Done_with_no_session_gets_a_hint_and_a_start_button(string text)
    {
        var chat = TestChat.OnMonday();
        var before = chat.State;

        var decision = chat.Send(text);

        var reply = Assert.Single(decision.TextReplies());
        Assert.Contains("No session is running", reply.Text);
        Assert.Equal([CallbackData.Train], decision.ButtonData());
        Assert.Empty(decision.Events);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Start_command_greets_with_a_safety_note_and_does_not_start_a_session()
    {
        var chat = TestChat.OnMonday();

        var decision = chat.Send("/start");

        var greeting = decision.TextReplies()[0];
        Assert.Contains("sharp pain", greeting.Text);
        Assert.Contains("physiotherapist", greeting.Text);
        Assert.Empty(greeting.Buttons);
        Assert.Equal([SafetyButtons.RedFlagsNone, SafetyButtons.RedFlagsOne], decision.TextReplies()[1].Buttons.SelectMany(row => row).Select(b => b.Data));
        Assert.Null(chat.State.Session);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var help = TestChat.OnMonday().Send("/help").AllText();

        Assert.Contains("/train", help);
        Assert.Contains("/stop", help);
        Assert.Contains("done", help);
        Assert.Contains("skip", help);
    }

    [Fact]
    public void Unknown_command_points_to_help()
    {
        var decision = TestChat.OnMonday().Send("/frobnicate now");

        Assert.Contains("/help", Assert.Single(decision.TextReplies()).Text);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Free_text_with_no_session_offers_to_start_one()
    {
        var chat = TestChat.OnMonday();
        var before = chat.State;

        var decision = chat.Send("hello there");

        Assert.Contains("/train", decision.AllText());
        Assert.Equal([CallbackData.Train], decision.ButtonData());
        Assert.Equal(before, chat.State);
    }
}
