using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>The bridge's timer counts all five holds and the rests between, in one edited message (issue 12, item 5).</summary>
public sealed class BridgeTimerTests
{
    [Fact]
    public void The_bridge_timer_counts_five_holds_of_five_seconds_with_three_second_rests_in_one_message()
    {
        var chat = TestChat.AtStep(4);
        var prompt = chat.Send("/train").SetPrompt();
        Assert.Contains("⏱ Start timer: 5 × 5 s holds", prompt.Buttons[1][0].Label);

        var started = chat.Press(CallbackData.Timer(1, 4));
        var edits = new List<(DateTimeOffset At, EditReply Edit)>();
        for (var second = 0; second < 60 && chat.State.Timer is not null; second++)
        {
            var tick = chat.Later(TimeSpan.FromSeconds(1)).Handle(new TimerDueInput());
            edits.AddRange(tick.Replies.OfType<EditReply>().Select(edit => (chat.Now, edit)));
        }

        var begin = started.TextReplies()[0];
        Assert.Equal("⏱ Hold 1 of 5: 5 s, lift and hold!", begin.Text);
        Assert.All(edits, e => Assert.Equal(begin.Tag, e.Edit.Tag));
        Assert.Equal(9, edits.Count);
        Assert.Equal("⏱ Rest 3 s, then hold 2 of 5", edits[0].Edit.Text);
        Assert.Equal("⏱ Hold 2 of 5: 5 s, lift and hold!", edits[1].Edit.Text);
        Assert.Equal("⏱ Hold 5 of 5: 5 s, lift and hold!", edits[7].Edit.Text);
        Assert.Equal("⏱ 5 × 5 s done ✅", edits[^1].Edit.Text);
        Assert.Equal((5 * 5) + (4 * Dose.RestBetweenHoldsSeconds), (int)(edits[^1].At - Moments.MondayMorning.AddMinutes(8)).TotalSeconds);
    }

    [Fact]
    public void The_side_plank_timer_still_times_its_one_hold()
    {
        var chat = TestChat.AtStep(2);

        var started = chat.Press(CallbackData.Timer(1, 2));

        Assert.Equal("⏱ 20 s: hold it!", started.TextReplies()[0].Text);
        Assert.Equal(1, chat.State.Timer?.Reps);
    }
}
