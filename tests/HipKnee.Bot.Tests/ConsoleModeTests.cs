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

    [Fact]
    public async Task Console_mode_writes_the_pictures_chart_and_export_it_would_send_to_a_folder_and_prints_their_paths()
    {
        using var db = new TestDatabase();
        var folder = Path.Combine(Path.GetTempPath(), $"hipknee-console-files-{Guid.NewGuid():N}");
        var input = new StringReader("/train\n" + string.Concat(Enumerable.Repeat("done\n", 8)) + "/stats\n/export\n");
        var output = new StringWriter();
        using var host = ConsoleHost.Build(
            ["--console", $"--ConnectionStrings:HipKnee={db.ConnectionString}", $"--{ConsoleReplyTransport.FilesFolderKey}={folder}"],
            new ConsoleStreams(input, output));
        Assert.Null(await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));

        try
        {
            await host.RunAsync().WaitAsync(Waits.Long);

            var text = output.ToString();
            string[] expected = ["forward-lunge.en.png", "side-plank.en.png", "single-leg-bridge.en.png", "step-down.en.png", "progress.png"];
            foreach (var file in expected)
            {
                var path = Path.Combine(folder, file);
                Assert.Contains($"[{path}, ", text);
                Assert.True(new FileInfo(path).Length > 10_000, $"{file} is missing or nearly empty");
            }

            Assert.Single(Directory.GetFiles(folder, "hipknee-*.json"));
            Assert.Single(Directory.GetFiles(folder, "hipknee-*.csv"));
            Assert.Contains("Set 1 of 8 · Forward lunge, left leg", text);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
