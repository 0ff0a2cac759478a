using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class FullSessionTests
{
    [Fact]
    public void Train_starts_session_one_at_the_first_set()
    {
        var chat = TestChat.OnMonday();

        var decision = chat.Send("/train");

        Assert.Equal(1, chat.State.SessionCount);
        Assert.Equal(0, chat.State.Session?.Step);
        Assert.Contains("first session", decision.AllText());
        Assert.Contains("Set 1 of 8", decision.SetPrompt().Text);
        Assert.Equal(new SessionStarted(1, chat.Now), Assert.Single(decision.Events));
    }

    [Fact]
    public void Each_done_shows_the_next_set_in_contract_order_with_its_own_buttons()
    {
        var chat = TestChat.OnMonday();
        var decision = chat.Send("/train");

        for (var step = 0; step < 8; step++)
        {
            var prompt = decision.SetPrompt();
            Assert.Contains($"Set {step + 1} of 8", prompt.Text);
            Assert.Contains(SessionContract.SetNames[step], prompt.Text);
            // Timed sets (side plank, bridge) carry a second row with the hold timer.
            Assert.Equal(step is >= 2 and <= 5 ? 2 : 1, prompt.Buttons.Count);
            var row = prompt.Buttons[0];
            Assert.Equal([$"d:1:{step}", $"s:1:{step}"], row.Select(button => button.Data));
            Assert.Contains("Done", row[0].Label);
            Assert.Contains("Skip", row[1].Label);

            decision = chat.Later(TimeSpan.FromMinutes(2)).Send("done");
        }

        Assert.Contains("Session complete", decision.AllText());
    }

    [Fact]
    public void Done_on_last_set_completes_the_session()
    {
        var chat = TestChat.AtStep(7);

        var decision = chat.Later(TimeSpan.FromMinutes(2)).Send("done");

        var summary = Assert.Single(decision.TextReplies()).Text;
        Assert.Contains("Session complete", summary);
        Assert.Contains("8 sets done, 0 skipped", summary);
        Assert.Contains("in 16 min", summary);
        Assert.Contains("Next session: Wednesday 4 Mar", summary);
        Assert.Null(chat.State.Session);
        Assert.Equal(1, chat.State.SessionCount);
        Assert.True(chat.State.IsValid);
    }

    [Fact]
    public void Completed_session_records_start_eight_sets_and_a_completed_end()
    {
        var chat = TestChat.AtStep(7);
        chat.Later(TimeSpan.FromMinutes(2)).Send("done");

        Assert.Equal(10, chat.Events.Count);
        Assert.IsType<SessionStarted>(chat.Events[0]);
        var sets = chat.Events.OfType<SetRecorded>().ToList();
        Assert.Equal(Enumerable.Range(0, 8), sets.Select(set => set.Step));
        Assert.All(sets, set => Assert.Equal((1, SetOutcome.Done), (set.SessionNumber, set.Outcome)));
        Assert.Equal(new SessionEnded(1, SessionOutcome.Completed, 8, 0, chat.Now), chat.Events[^1]);
    }

    [Fact]
    public void Completion_counts_skipped_sets_separately()
    {
        var chat = TestChat.AtStep(5);
        chat.Send("skip");
        chat.Send("skip");

        var decision = chat.Send("done");

        Assert.Contains("6 sets done, 2 skipped", decision.AllText());
        Assert.Equal(new SessionEnded(1, SessionOutcome.Completed, 6, 2, chat.Now), chat.Events[^1]);
    }

    [Fact]
    public void Completion_reports_a_long_session_in_hours_and_minutes()
    {
        var chat = TestChat.OnMonday();
        chat.Send("/train");
        Decision decision = chat.Send("done");
        for (var step = 1; step < 8; step++)
        {
            decision = chat.Later(TimeSpan.FromMinutes(10)).Send("done");
        }

        Assert.Contains("in 1 h 10 min", decision.AllText());
    }

    [Fact]
    public void A_new_session_after_completion_gets_the_next_number()
    {
        var chat = TestChat.AtStep(8);

        var decision = chat.Later(TimeSpan.FromDays(2)).Send("/train");

        Assert.Equal(2, chat.State.SessionCount);
        Assert.Equal(new ActiveSession(2, chat.Now, chat.Now, 0, 0, 0), chat.State.Session);
        Assert.Contains("Session 2", decision.AllText());
        Assert.Contains("d:2:0", decision.ButtonData());
    }
}
