using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>Reasons to see a clinician come before the first set, with one tap to go on (issue 12, item 1).</summary>
public sealed class RedFlagTests
{
    [Fact]
    public void Start_shows_the_red_flags_before_anything_else_and_says_it_is_not_a_diagnosis()
    {
        var chat = TestChat.OnMonday();

        var decision = chat.Send("/start");

        var screen = decision.TextReplies()[^1];
        foreach (var sign in new[] { "swelling", "locks or catches", "gives way", "fall, a twist or a blow", "full weight", "hot or red", "fever" })
        {
            Assert.Contains(sign, screen.Text);
        }

        Assert.Contains("not a diagnosis", screen.Text);
        Assert.Contains("around or behind the kneecap", screen.Text);
        Assert.Equal([SafetyButtons.RedFlagsNone, SafetyButtons.RedFlagsOne], decision.ButtonData());
        Assert.Null(chat.State.Session);
    }

    [Fact]
    public void I_have_one_gets_advice_to_get_it_checked_and_a_way_back_and_starts_nothing()
    {
        var chat = TestChat.OnMonday();
        chat.Send("/start");

        var decision = chat.Press(SafetyButtons.RedFlagsOne);

        Assert.Contains("checked by a physiotherapist or a sports-medicine doctor before you train", decision.AllText());
        Assert.Contains("/start", decision.AllText());
        Assert.False(chat.State.RedFlagsCleared);
        Assert.Null(chat.State.Session);
        Assert.Contains(SafetyButtons.RedFlagsNone, chat.Send("/start").ButtonData());
    }

    [Fact]
    public void None_of_these_clears_the_screen_and_asks_one_thing_next()
    {
        var chat = TestChat.OnMonday();
        chat.Send("/start");

        var decision = chat.Press(SafetyButtons.RedFlagsNone);

        Assert.True(chat.State.RedFlagsCleared);
        Assert.Contains("Which three days", Assert.Single(decision.TextReplies()).Text);
        Assert.DoesNotContain(CallbackData.Train, decision.ButtonData());
        Assert.DoesNotContain(SafetyButtons.RedFlagsNone, chat.Send("/start").ButtonData());
    }

    [Fact]
    public void Training_without_the_screen_shows_the_red_flags_above_set_one_once()
    {
        var chat = TestChat.OnMonday();

        var first = chat.Send("/train");
        Assert.Contains("swelling", first.SetPrompt().Text);
        Assert.True(first.SetPrompt().Text.IndexOf("swelling", StringComparison.Ordinal) < first.SetPrompt().Text.IndexOf("Set 1 of 8", StringComparison.Ordinal));
        chat.TrainFullyFromHere();

        Assert.DoesNotContain("swelling", chat.Later(TimeSpan.FromDays(2)).Send("/train").AllText());
    }

    [Fact]
    public void Severe_pain_repeats_the_red_flag_list()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();

        var decision = chat.Press(ProgressButtons.Pain(8));

        Assert.Contains("gives way", decision.AllText());
        Assert.Contains("fever", decision.AllText());
    }
}
