using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class SetButtonTests
{
    [Fact]
    public void Done_button_records_the_set_and_shows_the_next_one()
    {
        var chat = TestChat.AtStep(1);

        var decision = chat.Press(CallbackData.Done(1, 1));

        Assert.Equal(new SetRecorded(1, 1, SetOutcome.Done, chat.Now), Assert.Single(decision.Events));
        Assert.Equal(2, chat.State.Session?.Step);
        Assert.Contains(SessionContract.SetNames[2], decision.SetPrompt().Text);
        Assert.Contains("d:1:2", decision.ButtonData());
    }

    [Fact]
    public void Skip_button_records_the_set_as_skipped_and_shows_the_next_one()
    {
        var chat = TestChat.AtStep(1);

        var decision = chat.Press(CallbackData.Skip(1, 1));

        Assert.Equal(new SetRecorded(1, 1, SetOutcome.Skipped, chat.Now), Assert.Single(decision.Events));
        Assert.Equal((2, 1, 1), (chat.State.Session?.Step, chat.State.Session?.Done, chat.State.Session?.Skipped));
        Assert.Contains(SessionContract.SetNames[2], decision.SetPrompt().Text);
    }

    [Fact]
    public void A_whole_session_by_buttons_answers_every_press_exactly_once()
    {
        var chat = TestChat.OnMonday();
        var decision = chat.Press(CallbackData.Train);
        Assert.Single(decision.CallbackAnswers());
        Assert.Equal(1, chat.State.Session?.Number);

        for (var step = 0; step < 8; step++)
        {
            var data = step % 2 == 0 ? CallbackData.Done(1, step) : CallbackData.Skip(1, step);
            decision = chat.Later(TimeSpan.FromMinutes(1)).Press(data);

            Assert.Single(decision.CallbackAnswers());
        }

        Assert.DoesNotContain("Session complete", decision.AllText());
        Assert.Contains("4 sets of 8 done, 4 skipped", decision.AllText());
        Assert.Null(chat.State.Session);
    }

    [Fact]
    public void Pressing_a_button_twice_records_the_set_only_once()
    {
        var chat = TestChat.AtStep(3);
        chat.Press(CallbackData.Done(1, 3));

        var again = chat.Press(CallbackData.Done(1, 3));

        Assert.Single(again.CallbackAnswers());
        Assert.Empty(again.Events);
        Assert.Equal(4, chat.State.Session?.Step);
    }

    [Fact]
    public void Start_button_during_a_session_resumes_and_answers_the_press()
    {
        var chat = TestChat.AtStep(3);
        var before = chat.State;

        var decision = chat.Press(CallbackData.Train);

        Assert.Single(decision.CallbackAnswers());
        Assert.Empty(decision.Events);
        Assert.Equal(before, chat.State);
        Assert.Contains(SessionContract.SetNames[3], decision.SetPrompt().Text);
    }
}
