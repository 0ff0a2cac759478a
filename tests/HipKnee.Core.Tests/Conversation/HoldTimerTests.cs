using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class HoldTimerTests
{
    /// <summary>A chat at the left side plank (set 3), at the given level.</summary>
    private static TestChat AtSidePlank(int level = HipRoutine.StartLevel)
    {
        var chat = new TestChat(Moments.MondayMorning, new UserState(42) { Levels = ExerciseLevels.All(level) });
        chat.Send("/train");
        chat.Later(TimeSpan.FromMinutes(1)).Send("done");
        chat.Later(TimeSpan.FromMinutes(1)).Send("done");
        return chat;
    }

    /// <summary>Runs the timer scan every second until the timer is gone; returns every decision.</summary>
    private static List<Decision> RunDown(TestChat chat, List<DateTimeOffset>? editedAt = null)
    {
        var decisions = new List<Decision>();
        for (var second = 0; second < 120 && chat.State.Timer is not null; second++)
        {
            var decision = chat.Later(TimeSpan.FromSeconds(1)).Handle(new TimerDueInput());
            decisions.Add(decision);
            if (decision.Replies.OfType<EditReply>().Any())
            {
                editedAt?.Add(chat.Now);
            }
        }

        return decisions;
    }

    [Fact]
    public void Only_timed_sets_offer_a_timer_with_the_users_hold()
    {
        var chat = TestChat.OnMonday();
        var lunge = chat.Send("/train");
        chat.Send("done");
        var plank = chat.Send("done");

        Assert.DoesNotContain(lunge.ButtonData(), data => data.StartsWith("tm:", StringComparison.Ordinal));
        Assert.Contains(CallbackData.Timer(1, 2), plank.ButtonData());
        Assert.Contains("⏱ Start 20 s timer", plank.SetPrompt().Buttons[1][0].Label);
    }

    [Theory]
    [InlineData(0, 15, 2)]
    [InlineData(1, 20, 2)]
    [InlineData(2, 25, 3)]
    [InlineData(3, 30, 3)]
    [InlineData(5, 45, 3)]
    public void The_countdown_edits_one_message_a_few_times_then_says_times_up(int level, int seconds, int countdownEdits)
    {
        var chat = AtSidePlank(level);

        var started = chat.Press(CallbackData.Timer(1, 2));
        var ticks = RunDown(chat);

        var tag = Assert.Single(started.TextReplies()).Tag;
        Assert.Equal($"⏱ {seconds} s: hold it!", started.TextReplies()[0].Text);
        var edits = ticks.SelectMany(d => d.Replies.OfType<EditReply>()).ToList();
        Assert.All(edits, edit => Assert.Equal(tag, edit.Tag));
        Assert.Equal(countdownEdits + 1, edits.Count);
        Assert.Equal($"⏱ {seconds} s done ✅", edits[^1].Text);
        Assert.Contains("Time's up!", ticks[^1].AllText());
        Assert.Equal([CallbackData.Done(1, 2), CallbackData.Skip(1, 2)], ticks[^1].ButtonData());
        Assert.Equal(Moments.MondayMorning.AddMinutes(2).AddSeconds(seconds), chat.Now);
        Assert.Equal(2, chat.State.Session?.Step);
    }

    [Fact]
    public void Edits_are_at_least_five_seconds_apart()
    {
        var chat = AtSidePlank(3);
        chat.Press(CallbackData.Timer(1, 2));

        var times = new List<DateTimeOffset>();
        RunDown(chat, times);

        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void A_stale_timer_after_done_does_nothing()
    {
        var chat = AtSidePlank();
        chat.Press(CallbackData.Timer(1, 2));
        chat.Later(TimeSpan.FromSeconds(4)).Send("done");

        var tick = chat.Later(TimeSpan.FromSeconds(30)).Handle(new TimerDueInput());

        Assert.Empty(tick.Replies);
        Assert.Null(chat.State.Timer);
        Assert.Equal(3, chat.State.Session?.Step);
    }

    [Fact]
    public void A_timer_overdue_after_downtime_is_called_off_with_a_note()
    {
        var chat = AtSidePlank();
        chat.Press(CallbackData.Timer(1, 2));

        var tick = chat.Later(TimeSpan.FromMinutes(5)).Handle(new TimerDueInput());

        Assert.Contains("stopped while I was offline", Assert.Single(tick.Replies.OfType<EditReply>()).Text);
        Assert.Null(chat.State.Timer);
        Assert.Contains("Set 3 of 8", tick.AllText());
    }

    [Fact]
    public void A_second_tap_or_an_old_timer_button_starts_nothing()
    {
        var chat = AtSidePlank();
        chat.Press(CallbackData.Timer(1, 2));

        var again = chat.Press(CallbackData.Timer(1, 2));
        var old = chat.Press(CallbackData.Timer(1, 1));

        Assert.Equal("The timer is already running.", Assert.Single(again.CallbackAnswers()).Text);
        Assert.Empty(again.TextReplies());
        Assert.Empty(old.TextReplies());
    }
}
