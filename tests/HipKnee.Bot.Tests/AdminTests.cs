using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

public sealed class AdminTests : FakeApiTest
{
    private const long Admin = 9001;
    private const long Runner = 9002;
    private const long Other = 9003;

    [Fact]
    public async Task Admin_commands_from_anyone_else_get_the_unknown_command_answer()
    {
        await using var host = await StartAsync();

        Api.EnqueueText(Runner, "/admin");
        Api.EnqueueText(Runner, "/broadcast Hello all");
        await Api.WaitForSentCountAsync(Runner, 2, Waits.Long);

        Assert.All(Api.TextsSentTo(Runner), text => Assert.Contains("I don't know that command", text));
        await using var db = Db.Open();
        Assert.Equal(0, await db.Broadcasts.CountAsync());
    }

    [Fact]
    public async Task Admin_sees_users_sessions_reminders_and_outbox_depth()
    {
        await using var host = await StartAsync();
        Api.EnqueueText(Runner, "/train");
        await Api.WaitForSentCountAsync(Runner, 1, Waits.Long);

        Api.EnqueueText(Admin, "/admin");
        await Api.WaitForSentCountAsync(Admin, 1, Waits.Long);

        var stats = Api.TextsSentTo(Admin)[0];
        Assert.Contains("Users: 1 (1 active)", stats);
        Assert.Contains("Sessions started in the last 7 days: 1", stats);
        Assert.Contains("Reminders sent today (UTC): 0", stats);
        Assert.Contains("Outbox:", stats);
    }

    [Fact]
    public async Task A_confirmed_broadcast_reaches_every_active_user_once_and_the_admin_gets_a_report()
    {
        await using var host = await StartAsync();
        await MeetAsync(Runner, Other, Admin);

        Api.EnqueueText(Admin, "/broadcast Race day tips: warm up first!");
        await Api.WaitForSentCountAsync(Admin, 2, Waits.Long);
        var confirm = Api.TextsSentTo(Admin)[1];
        Assert.Contains("Send this to 3 active users?", confirm);
        Api.EnqueueCallback(Admin, "bc:y:1");

        await Api.WaitForCallAsync(c => c.Text?.Contains("Broadcast #1 finished: 3 delivered, 0 failed", StringComparison.Ordinal) == true, Waits.Long);
        foreach (var chat in new[] { Runner, Other, Admin })
        {
            Assert.Single(Api.TextsSentTo(chat), text => text == "Race day tips: warm up first!");
        }

        Assert.Contains(Api.TextsSentTo(Admin), text => text.Contains("all 3 copies are queued", StringComparison.Ordinal));
        Api.EnqueueCallback(Admin, "bc:y:1");
        var again = await Api.WaitForCallAsync(c => c.Is("answerCallbackQuery") && c.Text != null, Waits.Long);
        Assert.Contains("already confirmed or cancelled", again.Text);
    }

    [Fact]
    public async Task A_cancelled_broadcast_sends_nothing_and_nobody_else_can_confirm_it()
    {
        await using var host = await StartAsync();
        await MeetAsync(Runner);
        Api.EnqueueText(Admin, "/broadcast Secret plan");
        await Api.WaitForSentCountAsync(Admin, 1, Waits.Long);

        Api.EnqueueCallback(Runner, "bc:y:1");
        Api.EnqueueCallback(Admin, "bc:n:1");
        await Api.WaitForCallAsync(c => c.Text?.StartsWith("Broadcast cancelled", StringComparison.Ordinal) == true, Waits.Long);

        Assert.DoesNotContain(Api.TextsSentTo(Runner), text => text.Contains("Secret plan", StringComparison.Ordinal));
        await using var db = Db.Open();
        Assert.Equal(0, await db.Outbox.CountAsync(m => m.BroadcastId != null));
    }

    private Task<BotTestHost> StartAsync() => BotTestHost.StartAsync(Api, Db, settings: [$"--Coach:AdminChatIds:0={Admin}"]);

    /// <summary>Each chat says /help once, so it is a known, active user.</summary>
    private async Task MeetAsync(params long[] chats)
    {
        foreach (var chat in chats)
        {
            Api.EnqueueText(chat, "/help");
            await Api.WaitForSentCountAsync(chat, 1, Waits.Long);
        }
    }
}
