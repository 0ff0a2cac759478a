using System.Globalization;

namespace HipKnee.Bench;

/// <param name="Scan">The whole <c>ScanAsync</c> call, all batches.</param>
/// <param name="Database">Time inside database commands during the scan (executing and reading rows).</param>
/// <param name="StillDue">Users whose next nudge is still at or before the scan's instant afterwards (target 0).</param>
/// <param name="NotExactlyOnce">Users without exactly one outbox row afterwards (target 0).</param>
public sealed record ReminderResult(
    string Provider, int Users, int Handled, TimeSpan Seed, TimeSpan Scan, TimeSpan Database, long Commands, int Batches, int StillDue, int NotExactlyOnce)
{
    /// <summary>Processor time of the process during the scan: on a shared machine it moves far less than the wall clock.</summary>
    public TimeSpan Cpu { get; init; }

    public double UsersPerSecond => Handled / Scan.TotalSeconds;

    public bool ExactlyOnce => Handled == Users && StillDue == 0 && NotExactlyOnce == 0;

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Provider,-8} | {Users,7} | {Seed.TotalSeconds,6:0.00} s | {Scan.TotalSeconds,7:0.00} s | {Cpu.TotalSeconds,7:0.00} s | {UsersPerSecond,8:0} | {Batches,7} | {Database.TotalMilliseconds / Batches,9:0.0} ms | {(Scan - Database).TotalMilliseconds / Batches,9:0.0} ms | {(double)Commands / Batches,8:0.0} | {Handled,7} | {StillDue,9} | {NotExactlyOnce,14} |");

    public const string Header =
        "| provider |  users  |  seed    |  scan     |  scan CPU | users/s  | batches | DB/batch     | other/batch  | cmds/b   | handled | still due | not exactly 1x |\n" +
        "|----------|---------|----------|-----------|-----------|----------|---------|--------------|--------------|----------|---------|-----------|----------------|";
}
