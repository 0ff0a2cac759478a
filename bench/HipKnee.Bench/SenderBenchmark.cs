using System.Globalization;

namespace HipKnee.Bench;

/// <summary>
/// <c>sender</c>: a burst of messages to many chats through the real sender against the fake Bot API, once per
/// global limit. Prints how close to each limit it got and how many limit violations the fake saw.
/// </summary>
public sealed class SenderBenchmark : IBenchmark
{
    private const double TargetOfLimit = 0.95;

    public string Verb => "sender";

    public string Usage => "[--quick] [--messages 10000] [--chats 2000] [--limits 30,1000]  burst through the rate-limited sender";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var limits = options.Ints("limits", [30, 1000]);
        var results = new List<SenderResult>();
        foreach (var limit in limits)
        {
            // Quick: five seconds' worth at each limit; full: the same 10k burst for every limit.
            var messages = options.Int("messages", options.Quick ? 5 * limit : 10_000);
            var chats = options.Int("chats", Math.Max(1, messages / 5));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sender: {messages} messages to {chats} chats at {limit}/s ..."));
            results.Add(await SenderRun.RunAsync(limit, messages, chats));
        }

        Console.WriteLine();
        Console.WriteLine(SenderResult.Header);
        results.ForEach(result => Console.WriteLine(result.Row()));
        Console.WriteLine();
        Console.WriteLine("span: first to last arrival at the fake Bot API; msgs/s: (messages - 1) / span; rate/limit: msgs/s / limit (a burst-then-wait");
        Console.WriteLine("sender can exceed 1 over a short run, as the first second's messages need no wait); best: the shortest span the limit permits");
        Console.WriteLine($"(ceil(messages / limit) - 1 s); of best: best / span, the stricter measure (target >= {TargetOfLimit});");
        Console.WriteLine("violations: 1-second windows over the limit overall, or per-chat bursts beyond 3 then 1/s, counted on the fake's own");
        Console.WriteLine("timestamps with no tolerance (target 0); refused: 4xx/5xx answers.");
        foreach (var violation in results.SelectMany(r => r.FirstViolations))
        {
            Console.WriteLine($"  e.g. {violation}");
        }

        foreach (var result in results)
        {
            SummaryRows.Add(options, $"sender, {result.Messages} messages to {result.Chats} chats",
                SummaryRows.Format($"{result.PerSecond:0.0} msgs/s, {result.Violations} violations"), $"{result.Limit}/s (the configured limit)",
                SummaryRows.Format($"{result.OfLimit:0.000} of best"), $">= {TargetOfLimit} of best, 0 violations",
                result.OfLimit >= TargetOfLimit && result.Violations == 0 && result.ChatsOutOfOrder == 0);
        }

        var missed = results.Any(r => r.OfLimit < TargetOfLimit || r.Violations > 0 || r.ChatsOutOfOrder > 0);
        return missed ? 1 : 0;
    }
}
