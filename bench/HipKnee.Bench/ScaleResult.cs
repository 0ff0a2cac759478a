using System.Globalization;

namespace HipKnee.Bench;

public sealed record ScaleResult(int Users, int ActiveUsers, SeedSource Seed, TimeSpan Mean, TimeSpan P99, int Count, TimeSpan Wall, long DatabaseBytes)
{
    private const string Tag = "SCALE-RESULT";

    public static ScaleResult From(int users, int active, SeedSource seed, IReadOnlyList<TimeSpan> times, TimeSpan wall, long bytes) => new(
        users, active, seed, TimeSpan.FromTicks((long)times.Average(t => t.Ticks)),
        times.Order().ElementAt(Math.Clamp((int)Math.Ceiling(0.99 * times.Count) - 1, 0, times.Count - 1)), times.Count, wall, bytes);

    /// <summary>The line a child process prints for its parent.</summary>
    public string ToLine() => string.Join('\t', Tag, Users, ActiveUsers, Seed.Took.Ticks, Seed.Cached, Mean.Ticks, P99.Ticks, Count, Wall.Ticks, DatabaseBytes);

    public static ScaleResult? FromLine(string line)
    {
        var f = line.Split('\t');
        return f.Length == 10 && f[0] == Tag
            ? new ScaleResult(int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture),
                new SeedSource(TimeSpan.FromTicks(long.Parse(f[3], CultureInfo.InvariantCulture)), bool.Parse(f[4])),
                TimeSpan.FromTicks(long.Parse(f[5], CultureInfo.InvariantCulture)), TimeSpan.FromTicks(long.Parse(f[6], CultureInfo.InvariantCulture)),
                int.Parse(f[7], CultureInfo.InvariantCulture), TimeSpan.FromTicks(long.Parse(f[8], CultureInfo.InvariantCulture)), long.Parse(f[9], CultureInfo.InvariantCulture))
            : null;
    }

    public string Row(ScaleResult smallest) => string.Create(CultureInfo.InvariantCulture,
        $"| {Users,9} | {DatabaseBytes / 1e6,8:0} MB | {Seed.Took.TotalSeconds,6:0.0} s{(Seed.Cached ? " (cache)" : "        ")} | {Count,7} | {ActiveUsers,6} | {Mean.TotalMilliseconds,7:0.00} ms | {P99.TotalMilliseconds,7:0.00} ms | {Mean / smallest.Mean,10:0.00} | {Count / Wall.TotalSeconds,8:0} |");

    public const string Header =
        "| users     | database   | seed               | updates | active |  mean      |  p99       | mean/first | updates/s |\n" +
        "|-----------|------------|--------------------|---------|--------|------------|------------|------------|-----------|";
}
