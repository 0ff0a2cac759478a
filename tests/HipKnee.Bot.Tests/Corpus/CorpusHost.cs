using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bot.Tests.Corpus;

/// <summary>One bot, fake Bot API and SQLite file shared by all corpus cases; each case uses its own chats.</summary>
public sealed class CorpusHost : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private BotTestHost _host = null!;

    public FakeBotApi Api { get; private set; } = null!;

    public SettledIntake Intake { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await FakeBotApi.StartAsync(BotTestHost.Token);
        _host = await BotTestHost.StartAsync(Api, _db);
        Intake = new SettledIntake(Api, _db);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await Api.DisposeAsync();
        _db.Dispose();
    }
}
