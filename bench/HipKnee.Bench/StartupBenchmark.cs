using System.Diagnostics;
using System.Globalization;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bench;

/// <summary>
/// <c>startup</c>: from starting the bot's process (<c>dotnet HipKnee.Bot.dll</c>, Release build) to the fake Bot API
/// receiving the reply to one update that was waiting for it, on an existing database with many users. The first start
/// is the cold one; the next ones show what a restart costs.
/// </summary>
public sealed class StartupBenchmark : IBenchmark
{
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(2);

    public string Verb => "startup";

    public string Usage => "[--quick] [--users 100000] [--starts 3]  process start to first update handled";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var result = await MeasureAsync(options);
        Console.WriteLine(result.Table());
        SummaryRows.Add(options, $"start-up to first reply, {result.Users} users", SummaryRows.Format($"{result.Cold.TotalMilliseconds:0} ms cold, {result.Warm.TotalMilliseconds:0} ms restart"),
            "-", "-", $"< {Target.TotalSeconds:0} s cold", result.Cold < Target);
        return result.Cold < Target ? 0 : 1;
    }

    public static async Task<StartupResult> MeasureAsync(BenchOptions options)
    {
        var users = options.Int("users", 100_000);
        var starts = options.Int("starts", options.Quick ? 2 : 3);
        Console.WriteLine($"startup: {users} users with history, {starts} starts of the bot's process ...");
        using var db = BenchDatabase.Sqlite();
        await SeededFiles.PrepareAsync(db, users, null);
        var times = new List<TimeSpan>();
        for (var start = 0; start < starts; start++)
        {
            times.Add(await TimeOneStartAsync(db, HistorySeeder.ChatId(start * 7), updateId: 100_000 + start));
        }

        return new StartupResult(users, times);
    }

    private static async Task<TimeSpan> TimeOneStartAsync(BenchDatabase db, long chat, long updateId)
    {
        await using var api = await FakeBotApi.StartAsync(BenchBot.Token);
        var replied = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        api.ObserveCalls(call =>
        {
            if (ReplyWatch.IsReply(call) && call.ChatId == chat)
            {
                replied.TrySetResult(Stopwatch.GetTimestamp());
            }
        });
        var update = UpdateFactory.TextUpdate(chat, "/train", chat, "en", 1, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        update["update_id"] = updateId; // each start's update is new to the database
        api.EnqueueRaw(update.ToJsonString());
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(BotAssembly());
        // A pinned instance id, as a service unit pins it: a restarted bot takes its own leases back at once.
        foreach (var argument in BenchBot.Arguments(db, api.BaseUrl, "--Polling:InstanceId=bench-startup"))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(info)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        process.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var at = await replied.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return Stopwatch.GetElapsedTime(started, at);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No reply within 60 s; the bot said:{Environment.NewLine}{string.Join(Environment.NewLine, output.TakeLast(30))}");
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The bot's own Release build in this repository.</summary>
    private static string BotAssembly()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HipKnee.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? ".", "src", "HipKnee.Bot", "bin", "Release", "net10.0", "HipKnee.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the bot in Release first (bench/run.sh does).", path);
    }
}

public sealed record StartupResult(int Users, IReadOnlyList<TimeSpan> Times)
{
    public TimeSpan Cold => Times[0];

    public TimeSpan Warm => Times.Count > 1 ? Times.Skip(1).Order().ElementAt((Times.Count - 1) / 2) : Cold;

    public string Table() => string.Create(CultureInfo.InvariantCulture, $"""

        | start            | process start to first reply |
        |------------------|------------------------------|
        {string.Join("\n", Times.Select((t, i) => $"| {(i == 0 ? "1 (cold)" : $"{i + 1} (restart)"),-16} | {t.TotalMilliseconds,24:0} ms |"))}

        The bot as a child process (dotnet HipKnee.Bot.dll, Release) on an existing SQLite file with {Users} users and history,
        one /train waiting at the fake Bot API; timed until the fake received the reply. Target: cold start < {StartupBenchmark.Target.TotalSeconds:0} s.
        """);
}
