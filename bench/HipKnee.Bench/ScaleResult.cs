using System.Globalization;

namespace HipKnee.Bench;

public sealed record ScaleResult(int Users, int ActiveUsers, SeedSource Seed, IReadOnlyList<TimeSpan> Times, TimeSpan Wall, long DatabaseBytes)
{
    public TimeSpan Mean => TimeSpan.FromTicks((long)Times.Average(t => t.Ticks));

    public TimeSpan P99 => Times.Order().ElementAt(Math.Clamp((int)Math.Ceiling(0.99 * Times.Count) - 1, 0, Times.Count - 1));

    public string Row(ScaleResult smallest) => string.Create(CultureInfo.InvariantCulture,
        $"| {Users,9} | {DatabaseBytes / 1e6,8:0} MB | {Seed.Took.TotalSeconds,6:0.0} s{(Seed.Cached ? " (cache)" : "        ")} | {Times.Count,7} | {ActiveUsers,6} | {Mean.TotalMilliseconds,7:0.00} ms | {P99.TotalMilliseconds,7:0.00} ms | {Mean / smallest.Mean,10:0.00} | {Times.Count / Wall.TotalSeconds,8:0} |");

    public const string Header =
        "| users     | database   | seed               | updates | active |  mean      |  p99       | mean/first | updates/s |\n" +
        "|-----------|------------|--------------------|---------|--------|------------|------------|------------|-----------|";
}
