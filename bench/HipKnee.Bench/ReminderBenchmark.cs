using HipKnee.Bot.Scheduling;

namespace HipKnee.Bench;

/// <summary>
/// <c>reminders</c>: many users due in the same minute, one reminder scan. Prints the claim-and-enqueue rate, the
/// database's share per batch, and checks that every user got exactly one nudge.
/// </summary>
public sealed class ReminderBenchmark : IBenchmark
{
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(10);
    public const int TargetUsers = 100_000;

    public string Verb => "reminders";

    public string Usage => "[--quick] [--users 10000,100000] [--providers Sqlite[,Postgres]]  one reminder scan over users due at once";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var sizes = options.Ints("users", options.Quick ? [2_000, 10_000] : [10_000, TargetUsers]);
        var results = new List<ReminderResult>();
        foreach (var provider in options.Texts("providers", ["Sqlite"]))
        {
            foreach (var users in sizes)
            {
                Console.WriteLine($"reminders: {users} users due at once on {provider} ...");
                results.Add(await ReminderRun.RunAsync(provider, users));
            }
        }

        Print(results);
        foreach (var result in results)
        {
            SummaryRows.Add(options, $"reminder scan, {result.Users} users due at once ({result.Provider})",
                SummaryRows.Format($"{result.Scan.TotalSeconds:0.00} s (CPU {result.Cpu.TotalSeconds:0.00} s), {result.UsersPerSecond:0} users/s, each once: {(result.ExactlyOnce ? "yes" : "NO")}"),
                "-", "-", IsTargetRow(result) ? $"< {Target.TotalSeconds:0} s, each user once" : "each user once",
                result.ExactlyOnce && (!IsTargetRow(result) || result.Scan < Target));
        }

        return results.All(r => r.ExactlyOnce) && results.Where(IsTargetRow).All(r => r.Scan < Target) ? 0 : 1;
    }

    public static bool IsTargetRow(ReminderResult result) => result.Provider == "Sqlite" && result.Users == TargetUsers;

    public static void Print(IReadOnlyList<ReminderResult> results)
    {
        Console.WriteLine();
        Console.WriteLine(ReminderResult.Header);
        foreach (var result in results)
        {
            Console.WriteLine(result.Row());
        }

        Console.WriteLine();
        Console.WriteLine("seed: bulk insert of the due users (one transaction); scan: ReminderScanner.ScanAsync at the due minute, all batches of");
        Console.WriteLine($"{ReminderScanner.BatchSize} (the last one finds none left); scan CPU: the process's processor time during the scan; users/s: handled / scan; DB/batch: time inside database commands (executing and");
        Console.WriteLine("reading rows) per batch; other/batch: the rest (EF Core, the coach, the outbox writer); cmds/b: commands per batch;");
        Console.WriteLine("still due: users whose next nudge is still at or before that minute; not exactly 1x: users without exactly one");
        Console.WriteLine($"outbox row. Target: {TargetUsers} users on SQLite in < {Target.TotalSeconds:0} s, every user exactly once.");
    }
}
