using HipKnee.Bot.Tests.Support;
using HipKnee.Core.Conversation;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Tests;

/// <summary>
/// Issue 14 item 3: /stats and /export are served once per cooldown; a repeat meanwhile gets "just sent you that"
/// and costs no chart, no export and no file.
/// </summary>
public sealed class StatsExportCooldownTests : FakeApiTest
{
    private const long Spammer = 55001, Neighbour = 55002;
    private const string JustSent = "I just sent you that";

    [Fact]
    public async Task Stats_and_export_asked_again_and_again_are_answered_once_each_then_just_sent_you_that()
    {
        await using var host = await BotTestHost.StartAsync(Api, Db);
        var intake = new SettledIntake(Api, Db);
        await intake.SendTextAsync(Spammer, "/train");
        var files = FilesSent();

        var stats = await SendAsync(intake, Spammer, "/stats", "/stats", "/stats");
        var export = await SendAsync(intake, Spammer, "/export", "/export");
        var neighbour = await SendAsync(intake, Neighbour, "/export");

        Assert.Equal(2, stats.Count(text => text.Contains(JustSent, StringComparison.Ordinal)));
        Assert.Single(export, text => text.Contains(JustSent, StringComparison.Ordinal));
        Assert.DoesNotContain(neighbour, text => text.Contains(JustSent, StringComparison.Ordinal));
        var sent = FilesSent() - files;
        // One chart, then the spammer's JSON and CSV, then the neighbour's: the cooldown is per user.
        Assert.Equal(1 + 2 + 2, sent);
    }

    [Fact]
    public void The_cooldown_ends_a_minute_after_the_answer_and_is_kept_per_user_and_per_command()
    {
        var cooldown = new ReplyCooldown();
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var stats = ReplyCooldown.CommandOf(new CommandInput("stats", ""))!;
        var export = ReplyCooldown.CommandOf(new CommandInput("export", ""))!;
        Assert.Null(ReplyCooldown.CommandOf(new CommandInput("help", "")));

        cooldown.MarkServed(Spammer, stats, at);

        Assert.True(cooldown.IsCoolingDown(Spammer, stats, at.AddSeconds(59)));
        Assert.False(cooldown.IsCoolingDown(Spammer, stats, at.AddSeconds(60)));
        Assert.False(cooldown.IsCoolingDown(Spammer, export, at.AddSeconds(1)));
        Assert.False(cooldown.IsCoolingDown(Neighbour, stats, at.AddSeconds(1)));
    }

    private int FilesSent() => Api.CallsTo("sendPhoto").Count(call => !call.Failed) + Api.CallsTo("sendDocument").Count(call => !call.Failed);

    private static async Task<IReadOnlyList<string>> SendAsync(SettledIntake intake, long chatId, params string[] texts)
    {
        var answers = new List<string>();
        foreach (var text in texts)
        {
            answers.AddRange((await intake.SendTextAsync(chatId, text)).Where(call => call.ChatId == chatId && call.Text is not null).Select(call => call.Text!));
        }

        return answers;
    }
}
