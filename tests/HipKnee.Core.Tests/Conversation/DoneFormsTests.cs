using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class DoneFormsTests
{
    [Theory]
    [InlineData("done")]
    [InlineData("Done")]
    [InlineData("DONE")]
    [InlineData("done!")]
    [InlineData("Done.")]
    [InlineData("d")]
    [InlineData("✅")]
    [InlineData("👍")]
    [InlineData(" done ")]
    [InlineData("\u200Bdone\u200B")]
    [InlineData("  \t done \u200B \n")]
    [InlineData("👍🏻")]
    [InlineData("✅\uFE0F")]
    [InlineData("done ✅")]
    [InlineData("Done 👍")]
    public void Lenient_done_form_advances_exactly_one_set(string text)
    {
        var chat = TestChat.AtStep(2);

        var decision = chat.Send(text);

        Assert.Equal(3, chat.State.Session?.Step);
        Assert.Equal(3, chat.State.Session?.Done);
        Assert.Equal(new SetRecorded(1, 2, SetOutcome.Done, chat.Now), Assert.Single(decision.Events));
        Assert.Contains("Set 4 of 8", decision.SetPrompt().Text);
        Assert.Contains(SessionContract.SetNames[3], decision.SetPrompt().Text);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("Skip")]
    [InlineData("SKIP!")]
    public void Skip_records_the_current_set_as_skipped(string text)
    {
        var chat = TestChat.AtStep(2);

        var decision = chat.Send(text);

        Assert.Equal(new SetRecorded(1, 2, SetOutcome.Skipped, chat.Now), Assert.Single(decision.Events));
        Assert.Equal(new ActiveSession(1, Moments.MondayMorning, chat.Now, 3, 2, 1) { SkippedSteps = 1 << 2 }, chat.State.Session);
        Assert.Contains(SessionContract.SetNames[3], decision.SetPrompt().Text);
    }

    [Theory]
    [InlineData("not done")]
    [InlineData("doner")]
    public void Text_that_only_contains_done_does_not_advance(string text)
    {
        var chat = TestChat.AtStep(2);
        var before = chat.State;

        var decision = chat.Send(text);

        Assert.Equal(before, chat.State);
        Assert.Empty(decision.Events);
    }
}
