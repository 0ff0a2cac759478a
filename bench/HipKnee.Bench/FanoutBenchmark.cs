using System.Globalization;

namespace HipKnee.Bench;

/// <summary>
/// <c>fanout</c>: a reminder fan-out through the real host while runners type /train (<see cref="FanoutRun"/>):
/// reply latency during the fan-out, the fan-out's own rate, exactly-once, and how late the reminders come.
/// </summary>
public sealed class FanoutBenchmark : IBenchmark
{
    public const double TargetReplyP99Seconds = 2;
    public const double TargetOfRate = 0.9;

    public string Verb => "fanout";

    public string Usage => "[--quick] [--runs 30x3000,1000x100000] [--probe-every 2] [--early 0|1]  replies typed during a reminder fan-out";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var runs = options.Texts("runs", options.Quick ? ["30x300", "1000x10000"] : ["30x3000", "1000x100000"])
            .Select(run => run.Split('x')).Select(parts => (Rate: int.Parse(parts[0], CultureInfo.InvariantCulture), Users: int.Parse(parts[1], CultureInfo.InvariantCulture)));
        var every = TimeSpan.FromSeconds(options.Int("probe-every", 2));
        var early = options.Int("early", 0) == 1;
        var results = new List<FanoutResult>();
        foreach (var (rate, users) in runs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fanout: {users} due users at {rate}/s, a /train every {every.TotalSeconds} s{(early ? ", started early" : "")} ..."));
            results.Add(await FanoutRun.RunAsync(rate, users, every, early));
        }

        Console.WriteLine();
        Console.WriteLine(FanoutResult.Header);
        results.ForEach(result => Console.WriteLine(result.Row()));
        Console.WriteLine();
        Console.WriteLine("sent: reminders that reached the fake Bot API; not once: due users without exactly one (a probe who wrote first may get");
        Console.WriteLine("none: its reminder was dropped); span, fan-out/s: first to last reminder; late: reminder arrival minus the due minute");
        Console.WriteLine("(the scan's start); reply: /train typed to the first answer at the fake; FIFO: what that reply would have waited");
        Console.WriteLine("queued behind the whole fan-out, as main's sender ordered it (until the last reminder of this run).");
        Console.WriteLine(early ? "Started early (Reminders:StartFanOutsEarly): the scan ran half the fan-out's length before the due minute; negative lateness is early." : "");
        foreach (var result in results)
        {
            var pass = result.ReplyP99 < TargetReplyP99Seconds && result.OfRate >= TargetOfRate && result.NotOnce == 0;
            SummaryRows.Add(options, $"fanout, {result.Users} due at {result.Rate}/s{(early ? ", started early" : "")}: reply p50/p99, fan-out rate, late p50/p95",
                SummaryRows.Format($"{result.ReplyP50:0.00}/{result.ReplyP99:0.00} s, {result.OfRate:0.00} of rate, late {result.LatenessP50:0}/{result.LatenessP95:0} s, {result.NotOnce} not once"),
                SummaryRows.Format($"{result.FifoP50:0}/{result.FifoP99:0} s (queued behind the fan-out)"),
                SummaryRows.Format($"{result.FifoP99 / result.ReplyP99:0}x (p99)"),
                $"reply p99 < {TargetReplyP99Seconds} s, >= {TargetOfRate} of rate, each once", pass);
        }

        return results.All(r => r.ReplyP99 < TargetReplyP99Seconds && r.OfRate >= TargetOfRate && r.NotOnce == 0) ? 0 : 1;
    }
}
