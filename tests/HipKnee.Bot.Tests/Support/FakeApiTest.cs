using HipKnee.Testing.Fakes;

namespace HipKnee.Bot.Tests.Support;

/// <summary>A fresh fake Bot API and SQLite file for every test of a class that starts the bot itself.</summary>
public abstract class FakeApiTest : IAsyncLifetime
{
    protected TestDatabase Db { get; } = new();

    protected FakeBotApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync(BotTestHost.Token);

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Db.Dispose();
    }
}
