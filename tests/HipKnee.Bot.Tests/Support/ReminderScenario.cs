using HipKnee.Bot.Persistence;
using HipKnee.Bot.Scheduling;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HipKnee.Bot.Tests.Support;

/// <summary>
/// One runner with a Mon/Wed/Fri 07:30 Europe/Berlin schedule, the real host on fake time, and the fake Bot API.
/// Time moves only when the test says so; the reminder scan runs when the test calls <see cref="ScanAtAsync"/>.
/// </summary>
public sealed class ReminderScenario : IAsyncDisposable
{
    public const long Runner = 5005;
    public const string NeverCron = "0 0 0 1 1 ? 2099";
    private readonly ITestDatabase _db;
    private BotTestHost? _host;

    private readonly string _scanCron;
    private readonly IReadOnlyList<string> _settings;

    private ReminderScenario(FakeTimeProvider time, FakeBotApi api, string scanCron, ITestDatabase db, IReadOnlyList<string> settings)
    {
        _db = db;
        _settings = settings;
        Time = time;
        Api = api;
        _scanCron = scanCron;
    }

    public FakeTimeProvider Time { get; }

    public FakeBotApi Api { get; }

    /// <param name="scanCron">
    /// By default the scheduler does not start at all (its scans would fire only in 2099 anyway), so the test alone
    /// decides when a scan runs: Quartz schedules on the host's fake clock, and after a jump of days it recovered its
    /// "stale" triggers and could run a scan of its own before the test's (seen on PostgreSQL).
    /// </param>
    /// <param name="provider">The database provider; a PostgreSQL scenario skips the test when no server is configured.</param>
    /// <param name="settings">More command-line settings for the host.</param>
    public static async Task<ReminderScenario> StartAsync(
        DateTimeOffset start, string scanCron = NeverCron, string provider = TestDatabases.Sqlite, IReadOnlyList<string>? settings = null)
    {
        var db = TestDatabases.Create(provider);
        var time = new FakeTimeProvider(start);
        var scenario = new ReminderScenario(time, await FakeBotApi.StartAsync(BotTestHost.Token, time), scanCron, db, settings ?? []);
        await scenario.StartHostAsync();
        await scenario.SayAsync("/schedule mon wed fri 07:30");
        await scenario.SayAsync("/timezone Europe/Berlin");
        return scenario;
    }

    public async Task StartHostAsync() =>
        _host = await BotTestHost.StartAsync(Api, _db, Time, settings: [$"--Reminders:ScanCron={_scanCron}", "--Reminders:TimerTickMilliseconds=0", .. _settings],
            services: _scanCron == NeverCron ? BotTestHost.WithoutScheduler : null);

    public async Task StopHostAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
    }

    /// <summary>Sends a message as the runner and waits for the bot's next reply.</summary>
    public async Task<string> SayAsync(string text)
    {
        var before = Api.TextsSentTo(Runner).Count;
        Api.EnqueueText(Runner, text);
        await Api.WaitForSentCountAsync(Runner, before + 1, Waits.Long);
        return Api.TextsSentTo(Runner)[before];
    }

    /// <summary>Presses an inline button as the runner and waits for its answer.</summary>
    public async Task PressAsync(string data)
    {
        var answered = Api.CallsTo("answerCallbackQuery").Count;
        Api.EnqueueCallback(Runner, data);
        await Api.WaitForCallAsync(_ => Api.CallsTo("answerCallbackQuery").Count > answered, Waits.Long);
    }

    /// <summary>Moves the clock to <paramref name="instant"/> and runs the reminder scan once; returns users handled.</summary>
    public Task<int> ScanAtAsync(DateTimeOffset instant) => ScanWithAsync<ReminderScanner>(instant);

    /// <summary>Moves the clock to <paramref name="instant"/> and runs the weekly-summary scan once; returns users handled.</summary>
    public Task<int> SummaryScanAtAsync(DateTimeOffset instant) => ScanWithAsync<SummaryScanner>(instant);

    /// <summary>Moves the clock to <paramref name="instant"/> and runs the next-morning check scan once; returns users handled.</summary>
    public Task<int> MorningScanAtAsync(DateTimeOffset instant) => ScanWithAsync<MorningCheckScanner>(instant);

    /// <summary>Moves the clock to <paramref name="instant"/> and runs the hold-timer scan once; returns users handled.</summary>
    public Task<int> TimerScanAtAsync(DateTimeOffset instant) => ScanWithAsync<TimerScanner>(instant);

    /// <summary>Sends a message as another user and waits for the bot's next reply to them.</summary>
    public async Task<string> SayAsAsync(long chatId, string text)
    {
        var before = Api.TextsSentTo(chatId).Count;
        Api.EnqueueText(chatId, text);
        await Api.WaitForSentCountAsync(chatId, before + 1, Waits.Long);
        return Api.TextsSentTo(chatId)[before];
    }

    /// <summary>A whole session for <paramref name="chatId"/> (skipping set <paramref name="skipSet"/>, 0-based), then the knee check-in answered.</summary>
    public async Task TrainFullyAsync(long chatId, int pain = 2, int skipSet = -1)
    {
        await SayAsAsync(chatId, "/train");
        for (var set = 0; set < 8; set++)
        {
            await SayAsAsync(chatId, set == skipSet ? "skip" : "done");
        }

        await SayAsAsync(chatId, pain.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The runner's session started and at the left side plank (set 3), the first set with a hold timer.</summary>
    public async Task TrainToSidePlankAsync()
    {
        await SayAsync("/train");
        await SayAsync("done");
        await SayAsync("done");
    }

    /// <summary>A fresh context on the scenario's database, for assertions.</summary>
    public HipKneeDbContext OpenDatabase() => _db.Open();

    private Task<int> ScanWithAsync<TScanner>(DateTimeOffset instant) where TScanner : DueUserScanner
    {
        Time.SetUtcNow(instant);
        return _host!.Services.GetRequiredService<TScanner>().ScanAsync(CancellationToken.None);
    }

    /// <summary>The nudge texts queued for the runner so far (sent or not), oldest first.</summary>
    public async Task<IReadOnlyList<string>> NudgesAsync()
    {
        await using var db = _db.Open();
        var texts = await db.Outbox.Where(m => m.ChatId == Runner && m.Text != null).OrderBy(m => m.Id).Select(m => m.Text!).ToListAsync();
        return texts.Where(t => t.StartsWith("It's training day", StringComparison.Ordinal) || t.StartsWith("Still time", StringComparison.Ordinal)).ToList();
    }

    public async Task<UserRecord> UserAsync()
    {
        await using var db = _db.Open();
        return await db.Users.SingleAsync(u => u.ChatId == Runner);
    }

    public async Task WaitForNudgeSentAsync(int count) =>
        await Api.WaitForCallAsync(_ => Api.TextsSentTo(Runner).Count(IsNudge) >= count, Waits.Long);

    /// <summary>
    /// Waits for the nudges while the clock runs (a second every 50 ms). Quartz schedules on the host's clock, so a
    /// scheduled scan needs time to pass: after one jump it would wait for a fire time the frozen clock never reaches.
    /// </summary>
    public async Task WaitForNudgeSentWhileTimePassesAsync(int count)
    {
        using var stop = new CancellationTokenSource();
        var ticking = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Time.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
            }
        });
        try
        {
            await WaitForNudgeSentAsync(count);
        }
        finally
        {
            await stop.CancelAsync();
            await ticking;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Api.DisposeAsync();
        _db.Dispose();
    }

    private static bool IsNudge(string text) => text.StartsWith("It's training day", StringComparison.Ordinal) || text.StartsWith("Still time", StringComparison.Ordinal);
}
