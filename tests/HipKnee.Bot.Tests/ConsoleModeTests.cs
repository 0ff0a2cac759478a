using HipKnee.Bot.Console;
using HipKnee.Bot.Hosting;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HipKnee.Bot.Tests;

public sealed class ConsoleModeTests
{
    [Fact]
    public async Task Typing_train_and_done_eight_times_completes_a_session_on_the_console()
    {
        using var db = new TestDatabase();
        var input = new StringReader("/train\n" + string.Concat(Enumerable.Repeat("done\n", 8)));
        var output = new StringWriter();
        using var host = ConsoleHost.Build(["--console", $"--ConnectionStrings:HipKnee={db.ConnectionString}"], new ConsoleStreams(input, output));
        Assert.Null(await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));

        await host.RunAsync().WaitAsync(Waits.Long);

        var text = output.ToString();
        Assert.Contains("[✅ Done] [Skip]", text);
        Assert.Contains("Set 8 of 8 · Step-down, right leg", text);
        Assert.Contains("Session complete", text);
    }
}
