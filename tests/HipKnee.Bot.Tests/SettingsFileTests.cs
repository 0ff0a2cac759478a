using HipKnee.Bot.Options;
using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace HipKnee.Bot.Tests;

/// <summary>appsettings.json is read where the README says: the directory the bot is started in.</summary>
public sealed class SettingsFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hipknee-cwd-").FullName;

    [Fact]
    public async Task Appsettings_json_in_the_working_directory_is_read()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.json"), """{ "Telegram": { "MaxMessagesPerSecond": 1000000 } }""");

        using var bot = BotProcess.Start([$"--Telegram:BotToken={BotTestHost.Token}", "--Urls=http://127.0.0.1:0"], workingDirectory: _folder);

        Assert.Equal(2, await bot.WaitForExitAsync(Waits.Long));
        Assert.Contains("Telegram:MaxMessagesPerSecond must be between 1 and 10000 (got '1000000')", bot.Output);
    }

    [Fact]
    public async Task Console_first_start_prints_no_warning_and_keeps_its_own_database_in_the_working_directory()
    {
        using var bot = BotProcess.Start(["--console"], workingDirectory: _folder);
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(Waits.Long));
        Assert.True(File.Exists(Path.Combine(_folder, "hipknee-console.db")), bot.Output);
        Assert.False(File.Exists(Path.Combine(_folder, "hipknee.db")), "console mode opened the bot's database");
        Assert.DoesNotContain("warn:", bot.Output);
        Assert.DoesNotContain("fail:", bot.Output);
    }

    [Fact]
    public void The_example_settings_file_passes_the_start_check_once_its_placeholder_token_is_replaced()
    {
        var example = Path.Combine(RepositoryRoot(), "appsettings.example.json");
        var unedited = new ConfigurationBuilder().AddJsonFile(example).Build();
        var edited = new ConfigurationBuilder()
            .AddJsonFile(example)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = BotTestHost.Token })
            .Build();

        Assert.StartsWith("Telegram:BotToken is still the example placeholder", SettingsCheck.ForBot(unedited));
        Assert.Null(SettingsCheck.ForBot(edited));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "HipKnee.sln")))
        {
            folder = folder.Parent ?? throw new DirectoryNotFoundException("HipKnee.sln above " + AppContext.BaseDirectory);
        }

        return folder.FullName;
    }
}
