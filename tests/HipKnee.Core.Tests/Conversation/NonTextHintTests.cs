using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class NonTextHintTests
{
    [Fact]
    public void First_sticker_gets_a_hint()
    {
        var chat = TestChat.OnMonday();

        var decision = chat.SendSticker();

        Assert.Contains("text and buttons", Assert.Single(decision.TextReplies()).Text);
        Assert.Equal(chat.Now, chat.State.LastNonTextHintAt);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Second_sticker_within_a_minute_is_ignored()
    {
        var chat = TestChat.OnMonday();
        chat.SendSticker();
        var before = chat.State;

        var decision = chat.Later(TimeSpan.FromSeconds(59)).SendSticker();

        Assert.Empty(decision.Replies);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Sticker_a_minute_after_the_last_hint_gets_a_new_hint()
    {
        var chat = TestChat.OnMonday();
        chat.SendSticker();
        chat.Later(TimeSpan.FromSeconds(30)).SendSticker();

        var decision = chat.Later(TimeSpan.FromSeconds(30)).SendSticker();

        Assert.Contains("text and buttons", decision.AllText());
        Assert.Equal(chat.Now, chat.State.LastNonTextHintAt);
    }

    [Fact]
    public void Burst_of_stickers_gets_one_hint_per_minute()
    {
        var chat = TestChat.OnMonday();

        var hints = Enumerable.Range(0, 300)
            .Count(_ => chat.Later(TimeSpan.FromSeconds(1)).SendSticker().Replies.Count > 0);

        Assert.Equal(5, hints);
    }

    [Fact]
    public void Sticker_during_a_session_repeats_the_set_without_recording_anything()
    {
        var chat = TestChat.AtStep(2);

        var decision = chat.SendSticker();

        Assert.Contains("text and buttons", decision.AllText());
        Assert.Contains(SessionContract.SetNames[2], decision.SetPrompt().Text);
        Assert.Empty(decision.Events);
        Assert.Equal(2, chat.State.Session?.Step);
    }
}
