using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace HipKnee.Bot.Tests.MiniApp;

/// <summary>
/// One runner with twelve weeks of history (see <see cref="MiniAppHistory"/>) and the real host with the Mini App on,
/// on fake time, a real SQLite file and the fake Bot API. The runner joined through the chat like anyone else
/// (<c>/schedule mon wed fri 07:30</c>, <c>/timezone Europe/Berlin</c>); their sessions and pain answers are then
/// written straight into the database, as weeks of chat would have left them.
/// </summary>
public sealed class MiniAppScenario : IAsyncDisposable
{
    public const long Runner = 6006;
    public const string AppUrl = "https://hipknee.example.test/app/";

    private readonly TestDatabase _db;
    private readonly BotTestHost _host;

    private MiniAppScenario(TestDatabase db, FakeTimeProvider time, FakeBotApi api, BotTestHost host, string language) =>
        (_db, Time, Api, _host, Language) = (db, time, api, host, language);

    public FakeTimeProvider Time { get; }

    public FakeBotApi Api { get; }

    /// <summary>Telegram's language code of the runner's app ("en" or "zh-hans").</summary>
    public string Language { get; }

    public Uri BaseAddress => _host.BaseAddress;

    public static async Task<MiniAppScenario> StartAsync(string languageCode)
    {
        var db = new TestDatabase();
        var time = new FakeTimeProvider(MiniAppHistory.JoinedAt);
        var api = await FakeBotApi.StartAsync(BotTestHost.Token, time);
        var host = await BotTestHost.StartAsync(api, db, time,
            settings: [$"--WebApp:Url={AppUrl}", $"--Reminders:ScanCron={ReminderScenario.NeverCron}", "--Reminders:TimerTickMilliseconds=0"],
            services: BotTestHost.WithoutScheduler);
        var scenario = new MiniAppScenario(db, time, api, host, languageCode);
        await scenario.SayAsync("/schedule mon wed fri 07:30");
        await scenario.SayAsync("/timezone Europe/Berlin");
        time.SetUtcNow(MiniAppHistory.Now);
        await MiniAppHistory.SeedAsync(db);
        return scenario;
    }

    /// <summary>The initData a Telegram client would hand the page now, signed with the bot's token.</summary>
    public string InitData() => InitDataSigner.Sign(BotTestHost.Token, Runner, Time.GetUtcNow(), Language);

    /// <summary>Sends a message as the runner and waits for the bot's reply.</summary>
    public async Task SayAsync(string text)
    {
        var before = Api.TextsSentTo(Runner).Count;
        Api.EnqueueText(Runner, text, languageCode: Language);
        await Api.WaitForSentCountAsync(Runner, before + 1, Waits.Long);
    }

    public HipKneeDbContext OpenDatabase() => _db.Open();

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await Api.DisposeAsync();
        _db.Dispose();
    }
}
