using HipKnee.Core.Conversation;
using HipKnee.Core.Texts;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class AccountTests
{
    [Fact]
    public void Delete_asks_first_and_erases_only_after_the_confirmation_button()
    {
        var chat = TestChat.OnMonday();
        chat.TrainFully();

        var question = chat.Send("/deletemydata");
        Assert.Contains("can't be undone", question.AllText());
        Assert.Equal([AccountButtons.EraseYes, AccountButtons.EraseNo], question.ButtonData());
        Assert.Empty(question.Events);

        var erased = chat.Later(TimeSpan.FromMinutes(1)).Press(AccountButtons.EraseYes);

        Assert.Equal(new DataErased(chat.Now), Assert.Single(erased.Events));
        Assert.Contains("everything I stored about you is deleted", erased.AllText());
        Assert.Equal(new UserState(42), chat.State);
    }

    [Fact]
    public void Cancel_or_a_late_confirmation_erases_nothing()
    {
        var chat = TestChat.OnMonday();
        chat.Send("/deletemydata");
        Assert.Contains("Nothing was deleted", chat.Press(AccountButtons.EraseNo).AllText());
        Assert.Empty(chat.Press(AccountButtons.EraseYes).Events);

        chat.Send("/deletemydata");
        var late = chat.Later(TimeSpan.FromMinutes(11)).Press(AccountButtons.EraseYes);

        Assert.Empty(late.Events);
        Assert.Contains("expired", Assert.Single(late.CallbackAnswers()).Text);
    }

    [Fact]
    public void Export_asks_the_host_for_the_users_documents()
    {
        var decision = TestChat.OnMonday().Send("/export");

        Assert.Contains("CSV", Assert.IsType<ExportReply>(Assert.Single(decision.Replies)).Caption);
    }

    [Fact]
    public void Language_offers_both_languages_and_answers_in_the_chosen_one()
    {
        var chat = TestChat.OnMonday();

        var offer = chat.Send("/language");
        Assert.Equal([AccountButtons.Language("en"), AccountButtons.Language("zh")], offer.ButtonData());
        Assert.Contains("简体中文", string.Join(' ', offer.TextReplies()[0].Buttons[0].Select(b => b.Label)));

        var chosen = chat.Press(AccountButtons.Language("zh"));

        Assert.Equal("zh", chat.State.Language);
        Assert.Contains("简体中文", chosen.AllText());
        Assert.Contains("第 1 组，共 8 组 · 弓步蹲，左腿在前", chat.Send("/train").AllText());
        Assert.Contains("训练完成", chat.TrainFullyFromHere().AllText());
    }

    [Theory]
    [InlineData("zh-hans", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("en-GB", "en")]
    [InlineData(null, "en")]
    [InlineData("de", "en")]
    public void The_language_follows_telegrams_language_code(string? code, string expected) =>
        Assert.Equal(expected, Languages.FromTelegram(code));

    [Fact]
    public void Typed_language_names_are_understood()
    {
        var chat = TestChat.OnMonday();

        chat.Send("/language 中文");
        Assert.Equal("zh", chat.State.Language);
        chat.Send("/language english");
        Assert.Equal("en", chat.State.Language);
    }
}
