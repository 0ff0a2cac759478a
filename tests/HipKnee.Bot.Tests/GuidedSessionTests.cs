using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

/// <summary>The guided session through the real polling intake, on each database provider.</summary>
public abstract class GuidedSessionTests : IAsyncLifetime
{
    private const long Runner = 1001;
    private ITestDatabase _db = null!;
    private FakeBotApi _api = null!;
    private BotTestHost _host = null!;

    protected abstract string Provider { get; }

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync(BotTestHost.Token);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _api.DisposeAsync();
        _db?.Dispose();
    }

    /// <summary>Creates the database (skipping the test when its provider has no server here) and starts the bot.</summary>
    private async Task StartAsync()
    {
        _db = TestDatabases.Create(Provider);
        _host = await BotTestHost.StartAsync(_api, _db);
    }

    [SkippableFact]
    public async Task A_full_session_over_http_walks_through_all_eight_sets_in_order()
    {
        await StartAsync();
        _api.EnqueueText(Runner, "/train");
        await _api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        for (var set = 1; set <= 8; set++)
        {
            _api.EnqueueText(Runner, set % 2 == 0 ? "Done!" : "done");
            await _api.WaitForSentCountAsync(Runner, set + 1, Waits.Long);
        }

        var texts = _api.TextsSentTo(Runner);
        Assert.Equal(9, texts.Count);
        string[] expected =
        [
            "Forward lunge, left leg", "Forward lunge, right leg", "Side plank, left side", "Side plank, right side",
            "Single-leg bridge, left leg", "Single-leg bridge, right leg", "Step-down, left leg", "Step-down, right leg",
        ];
        for (var i = 0; i < 8; i++)
        {
            Assert.Contains($"Set {i + 1} of 8 · {expected[i]}", texts[i]);
        }

        Assert.StartsWith("Session complete", texts[8]);
        Assert.Contains("8 sets done, 0 skipped", texts[8]);
        await using var db = _db.Open();
        var session = await db.Sessions.Include(s => s.Sets).SingleAsync(s => s.ChatId == Runner);
        Assert.Equal(8, session.Sets.Count);
        Assert.NotNull(session.EndedAt);
        Assert.Null((await db.Users.SingleAsync(u => u.ChatId == Runner)).ActiveSessionNumber);
    }

    [SkippableFact]
    public async Task Command_menu_is_registered_and_set_prompts_carry_done_and_skip_buttons()
    {
        await StartAsync();
        await _api.WaitForCallAsync("setMyCommands", Waits.Long);
        _api.EnqueueText(Runner, "/train");
        // The first set comes as the lunge picture with the prompt as caption; a multipart form carries the markup as JSON text.
        var prompt = await _api.WaitForCallAsync(c => c.Is("sendPhoto") && c.ChatId == Runner, Waits.Long);
        using var markup = System.Text.Json.JsonDocument.Parse(prompt.GetString("reply_markup")!);
        var keyboard = markup.RootElement.GetProperty("inline_keyboard")[0];
        Assert.Equal("d:1:0", keyboard[0].GetProperty("callback_data").GetString());
        Assert.Equal("s:1:0", keyboard[1].GetProperty("callback_data").GetString());
    }

    [SkippableFact]
    public async Task Done_button_advances_and_is_answered_while_an_old_button_changes_nothing()
    {
        await StartAsync();
        _api.EnqueueText(Runner, "/train");
        await _api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        _api.EnqueueCallback(Runner, "d:1:0");
        await _api.WaitForSentCountAsync(Runner, 2, Waits.Long);
        Assert.Contains("Set 2 of 8", _api.TextsSentTo(Runner)[1]);

        _api.EnqueueCallback(Runner, "d:1:0");
        var stale = await _api.WaitForCallAsync(c => c.Is("answerCallbackQuery") && c.Text != null, Waits.Long);
        Assert.Contains("already behind you", stale.Text);
        Assert.Equal(2, _api.CallsTo("answerCallbackQuery").Count);

        _api.EnqueueText(Runner, "/train");
        await _api.WaitForSentCountAsync(Runner, 3, Waits.Long);
        Assert.Contains("Set 2 of 8", _api.TextsSentTo(Runner)[2]);
    }

    [SkippableFact]
    public async Task Two_users_interleaved_keep_separate_progress()
    {
        await StartAsync();
        const long other = 2002;
        _api.EnqueueText(Runner, "/train");
        _api.EnqueueText(other, "/train");
        _api.EnqueueText(Runner, "done");
        _api.EnqueueText(Runner, "done");
        _api.EnqueueText(other, "skip");
        await _api.WaitForSentCountAsync(Runner, 3, Waits.Long);
        await _api.WaitForSentCountAsync(other, 2, Waits.Long);

        Assert.Contains("Set 3 of 8", _api.TextsSentTo(Runner)[2]);
        Assert.Contains("Set 2 of 8", _api.TextsSentTo(other)[1]);
        await using var db = _db.Open();
        Assert.Equal(2, (await db.Users.SingleAsync(u => u.ChatId == Runner)).ActiveStep);
        Assert.Equal(1, (await db.Users.SingleAsync(u => u.ChatId == other)).ActiveSkipped);
    }

    [SkippableFact]
    public async Task The_same_update_delivered_twice_is_handled_once()
    {
        await StartAsync();
        _api.EnqueueText(Runner, "/train");
        await _api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        var duplicate = RawText(5000, "done");
        _api.EnqueueRaw(duplicate);
        _api.EnqueueRaw(duplicate);
        _api.EnqueueRaw(RawText(5001, "/train"));
        await _api.WaitForSentCountAsync(Runner, 3, Waits.Long);

        var texts = _api.TextsSentTo(Runner);
        Assert.Contains("Set 2 of 8", texts[1]);
        Assert.Contains("Set 2 of 8", texts[2]);
        await using var db = _db.Open();
        Assert.Equal(1, (await db.Users.SingleAsync(u => u.ChatId == Runner)).ActiveStep);
    }

    private static string RawText(long updateId, string text)
    {
        var update = UpdateFactory.TextUpdate(Runner, text, Runner, "en", messageId: updateId, date: 1_764_000_000);
        update["update_id"] = updateId;
        return update.ToJsonString();
    }
}

public sealed class GuidedSessionOnSqliteTests : GuidedSessionTests
{
    protected override string Provider => TestDatabases.Sqlite;
}

public sealed class GuidedSessionOnPostgresTests : GuidedSessionTests
{
    protected override string Provider => TestDatabases.Postgres;
}
