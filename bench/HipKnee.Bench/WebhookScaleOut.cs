namespace HipKnee.Bench;

/// <summary>
/// The webhook benchmark's scale-out target (issue 16 item 7): on one PostgreSQL database, two instances may cost at
/// most <see cref="TargetCpuRatio"/> times the CPU per update of one instance. Each instance handles the updates it
/// received, so a second instance should add capacity, not work per update. Judged at the fixed rate (the same load
/// for both, so idle polling and lease races count); the closed-loop figure is reported beside it.
/// </summary>
public static class WebhookScaleOut
{
    public const double TargetCpuRatio = 1.3;
    public const int ScaledInstances = 2;

    /// <summary>How many instances to run on the database: one and two on PostgreSQL (the baseline and the scale-out), one on SQLite.</summary>
    public static int[] InstanceCounts(string provider) =>
        string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase) ? [1, ScaledInstances] : [1];

    public static double CpuPerUpdate(WebhookRun run) => run.Cpu.TotalMilliseconds / Math.Max(1, run.Replies);

    /// <summary>Each two-instance run with the one-instance run of the same mode on the same provider.</summary>
    public static IEnumerable<(WebhookRun Scaled, WebhookRun Single)> Pairs(IReadOnlyList<WebhookRun> results) =>
        from scaled in results
        where scaled.System.EndsWith($" x{ScaledInstances}", StringComparison.Ordinal)
        let single = results.FirstOrDefault(r => r.Mode == scaled.Mode && r.System == scaled.System[..^$" x{ScaledInstances}".Length])
        where single is not null
        select (scaled, single);

    public static double Ratio(WebhookRun scaled, WebhookRun single) => CpuPerUpdate(scaled) / Math.Max(0.001, CpuPerUpdate(single));

    public static bool Judged(WebhookRun run) => run.Mode != "max";

    public static void AddRows(BenchOptions options, IReadOnlyList<WebhookRun> results)
    {
        foreach (var (scaled, single) in Pairs(results))
        {
            var ratio = Ratio(scaled, single);
            SummaryRows.Add(options, $"webhook, CPU/update at {scaled.Mode} ({scaled.System})", SummaryRows.Format($"{CpuPerUpdate(scaled):0.00} ms"),
                SummaryRows.Format($"{CpuPerUpdate(single):0.00} ms ({single.System})"), SummaryRows.Format($"{ratio:0.00}"),
                Judged(scaled) ? SummaryRows.Format($"<= {TargetCpuRatio} x one instance") : "(reported)", Judged(scaled) ? ratio <= TargetCpuRatio : null);
        }
    }

    public static IEnumerable<string> Missed(IReadOnlyList<WebhookRun> results) =>
        from pair in Pairs(results)
        where Judged(pair.Scaled) && Ratio(pair.Scaled, pair.Single) > TargetCpuRatio
        select SummaryRows.Format($"{pair.Scaled.System} CPU/update at {pair.Scaled.Mode} is {Ratio(pair.Scaled, pair.Single):0.00} x one instance's (target <= {TargetCpuRatio})");

    public static IEnumerable<string> Lines(IReadOnlyList<WebhookRun> results) =>
        from pair in Pairs(results)
        select SummaryRows.Format($"CPU/update, {pair.Scaled.System} vs {pair.Single.System} at {pair.Scaled.Mode}: {CpuPerUpdate(pair.Scaled):0.00} / {CpuPerUpdate(pair.Single):0.00} ms = {Ratio(pair.Scaled, pair.Single):0.00}{(Judged(pair.Scaled) ? $" (target <= {TargetCpuRatio})" : "")}");
}
