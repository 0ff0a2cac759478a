using HipKnee.Bot.Console;
using HipKnee.Bot.Hosting;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HipKnee.Bot.Tests;

/// <summary>Console mode: a just-shown button is pressed by typing its label or its number; the greeting comes once.</summary>
public sealed class ConsoleButtonTests
{
    private static async Task<string> RunAsync(TestDatabase db, params string[] lines)
    {
        var output = new StringWriter();
        using var host = ConsoleHost.Build(["--console", $"--ConnectionStrings:HipKnee={db.ConnectionString}"],
            new ConsoleStreams(new StringReader(string.Join('\n', lines) + "\n"), output));
        Assert.Null(await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));
        await host.RunAsync().WaitAsync(Waits.Long);
        return output.ToString();
    }

    [Fact]
    public void A_label_typed_as_shown_or_without_its_emoji_presses_that_button_and_a_number_presses_by_position()
    {
        var buttons = new ConsoleButtons();
        buttons.Show([[new ReplyButton("⏱ Start 20 s timer", "tm:1:2")], [new ReplyButton("America/New York", "tz:America/New_York"), new ReplyButton("简体中文", "lang:zh")]]);

        Assert.Equal("tm:1:2", buttons.Match("Start 20 s timer"));
        Assert.Equal("tm:1:2", buttons.Match("⏱ Start 20 s timer"));
        Assert.Equal("tz:America/New_York", buttons.Match("America/New York"));
        Assert.Equal("tz:America/New_York", buttons.Match("america/new_york"));
        Assert.Equal("lang:zh", buttons.Match("简体中文"));
        Assert.Equal("lang:zh", buttons.Match("3"));
        Assert.Null(buttons.Match("4"));
        Assert.Null(buttons.Match("/start"));
        Assert.Null(buttons.Match("hello"));
    }

    [Fact]
    public void At_the_pain_scale_a_number_is_the_button_with_that_label_and_symbol_buttons_are_typed_as_shown()
    {
        var buttons = new ConsoleButtons();
        buttons.Show([[.. Enumerable.Range(0, 11).Select(score => new ReplyButton($"{score}", ProgressButtons.Pain(score)))]]);
        Assert.Equal(ProgressButtons.Pain(5), buttons.Match("5"));

        buttons.Show([[new ReplyButton("➖", "lv:1:0"), new ReplyButton("Forward lunge 2/4", "lv:1:1"), new ReplyButton("➕", "lv:1:2")]]);
        Assert.Equal("lv:1:2", buttons.Match("➕"));
        Assert.Equal("lv:1:0", buttons.Match("➖"));
    }

    [Fact]
    public async Task A_runner_can_go_from_the_red_flags_through_the_setup_to_set_one_by_typing_the_buttons()
    {
        using var db = new TestDatabase();

        var text = await RunAsync(db, "None of these — let's go", "1", "07:30", "America/New York", "Start session");

        Assert.Contains("All set ✅ Mon, Wed, Fri at 07:30 (America/New_York)", text);
        Assert.Contains("Set 1 of 8 · Forward lunge, left leg in front", text);
    }

    [Fact]
    public async Task The_issue_walkthrough_red_flags_cues_partial_session_which_hurt_and_a_chinese_schedule()
    {
        using var db = new TestDatabase();

        var text = await RunAsync(db, "/train", "done", "done", "done", "done", "done", "skip", "skip", "skip", "5", "/language", "简体中文",
            "/schedule 周一 周三 周五 07:30", "/timezone Asia/Shanghai");

        Assert.True(text.IndexOf("swelling", StringComparison.Ordinal) < text.IndexOf("Set 1 of 8", StringComparison.Ordinal));
        Assert.Contains("front knee over the middle of your foot", text);
        Assert.Contains("only as deep as is pain-free", text);
        Assert.DoesNotContain("Session complete", text);
        Assert.Contains("5 sets of 8 done, 3 skipped", text);
        Assert.Contains("Which exercise hurt the most?", text);
        Assert.Contains("语言已设为简体中文", text);
        Assert.Contains("周一、周三、周五 07:30", text);
    }

    [Fact]
    public async Task The_greeting_comes_once_not_again_on_the_next_launch()
    {
        using var db = new TestDatabase();

        var first = await RunAsync(db, "/help");
        var second = await RunAsync(db, "/help");

        Assert.Contains("Hi! I'm HipKnee", first);
        Assert.DoesNotContain("Hi! I'm HipKnee", second);
        Assert.DoesNotContain("type /start", first);
    }
}
