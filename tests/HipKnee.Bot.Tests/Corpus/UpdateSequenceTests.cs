using HipKnee.Testing.Fakes;

namespace HipKnee.Bot.Tests.Corpus;

/// <summary>Corpus documents sent more than once, or in a row: the "at most once" and "then silence" rules.</summary>
public sealed class UpdateSequenceTests(CorpusHost bot) : IClassFixture<CorpusHost>
{
    [Fact]
    public async Task Stickers_in_a_row_get_one_hint_a_minute()
    {
        var sticker = CorpusDocument.Load("sticker.json");
        var calls = await bot.Intake.SendAsync(sticker.UpdateIn(51001), sticker.UpdateIn(51001), CorpusDocument.Load("voice.json").UpdateIn(51001));

        var hint = Assert.Single(calls);
        Assert.Contains("I understand text and buttons only", hint.Text);
    }

    [Fact]
    public async Task A_group_and_a_channel_each_get_one_pointer_then_silence()
    {
        var group = CorpusDocument.Load("group_command.json");
        var channel = CorpusDocument.Load("channel_post.json");
        var calls = await bot.Intake.SendAsync(
            group.UpdateIn(-51002), group.UpdateIn(-51002), channel.UpdateIn(-1001000051003), group.UpdateIn(-51002), channel.UpdateIn(-1001000051003));
        var later = await bot.Intake.SendAsync(CorpusDocument.Load("bot_added_to_group.json").UpdateIn(-51002));

        Assert.Equal([-51002L, -1001000051003L], calls.Select(c => c.ChatId!.Value).Order().Reverse());
        Assert.All(calls, call => Assert.Contains("in a private chat", call.Text));
        Assert.Empty(later);
    }

    [Fact]
    public async Task A_user_who_blocks_the_bot_is_made_inactive_and_is_greeted_back_once_on_return()
    {
        const long runner = 50041;
        await bot.Intake.SendTextAsync(runner, "/train");

        Assert.Empty(await bot.Intake.SendAsync(CorpusDocument.Load("blocked_by_user.json").Update()));
        var blocked = await bot.Intake.UserAsync(runner);
        Assert.False(blocked!.IsActive);
        Assert.Equal(1, blocked.SessionCount);

        var unblocked = CorpusDocument.Load("unblocked_by_user.json");
        var welcome = Assert.Single(await bot.Intake.SendAsync(unblocked.Update(), unblocked.Update()));
        Assert.Contains("Welcome back", welcome.Text);
        var back = await bot.Intake.UserAsync(runner);
        Assert.True(back!.IsActive);
        Assert.Equal(1, back.ActiveSessionNumber);
    }

    [Fact]
    public async Task An_update_that_cannot_be_read_is_skipped_and_the_next_one_is_handled()
    {
        Assert.Empty(await bot.Intake.SendRawAsync(CorpusDocument.Load("unreadable_lone_surrogate.json").Json));
        var help = Assert.Single(await bot.Intake.SendTextAsync(50033, "/help"));
        Assert.Contains("Here's what I understand", help.Text);
    }

    [Fact]
    public async Task A_flooding_user_gets_twenty_answers_and_one_request_to_slow_down_while_others_are_answered()
    {
        const long flooder = 51005, neighbour = 51006;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var updates = Enumerable.Range(0, 30).Select(i => UpdateFactory.TextUpdate(flooder, $"hello {i}", flooder, "en", messageId: i + 1, date: now)).ToList();
        updates.Insert(10, UpdateFactory.TextUpdate(neighbour, "/help", neighbour, "en", messageId: 100, date: now));

        var calls = await bot.Intake.SendAsync([.. updates]);

        var toFlooder = calls.Where(c => c.ChatId == flooder).Select(c => c.Text!).ToList();
        Assert.Equal(20, toFlooder.Count(text => text.Contains("I'm your hip-strength coach", StringComparison.Ordinal)));
        Assert.Single(toFlooder, text => text.Contains("slow down", StringComparison.Ordinal));
        Assert.Equal(21, toFlooder.Count);
        Assert.Contains("Here's what I understand", Assert.Single(calls, c => c.ChatId == neighbour).Text);
    }
}
