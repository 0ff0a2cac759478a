using System.Globalization;

namespace HipKnee.Bench;

/// <param name="Mode"><c>max</c> (closed loop, as fast as it goes) or the fixed rate of an open-loop run.</param>
/// <param name="Span">From the first post to the last reply's arrival at the fake.</param>
/// <param name="Refused">Posts answered with anything but 2xx (and posted again, as Telegram would).</param>
/// <param name="WrongReplyCount">Users who did not get exactly one reply per update.</param>
public sealed record WebhookRun(string System, string Mode, int Users, int Replies, TimeSpan Span, TimeSpan P50, TimeSpan P99, int Refused, int WrongReplyCount)
{
    /// <summary>Processor time of the whole benchmark process during the run: driver, fake Bot API and bot together.</summary>
    public TimeSpan Cpu { get; init; }

    public double PerSecond => Replies / Span.TotalSeconds;

    public string Row(WebhookRun? baseline) => string.Create(CultureInfo.InvariantCulture,
        $"| {System,-20} | {Mode,-6} | {Users,5} | {Replies,7} | {Span.TotalSeconds,7:0.00} s | {PerSecond,9:0} | {P50.TotalMilliseconds,8:0.0} ms | {P99.TotalMilliseconds,8:0.0} ms | {Ratio(baseline),8} | {Cpu.TotalMilliseconds / Math.Max(1, Replies),7:0.00} ms | {Refused,7} | {WrongReplyCount,9} |");

    /// <summary>Updates per second against the baseline's in the same mode.</summary>
    public string Ratio(WebhookRun? baseline) =>
        baseline is null || ReferenceEquals(baseline, this) ? "-" : (PerSecond / baseline.PerSecond).ToString("0.00", CultureInfo.InvariantCulture);

    public const string Header =
        "| system               | mode   | users | updates |  span     | updates/s |  p50        |  p99        | vs echo  | CPU/update | refused | wrong n   |\n" +
        "|----------------------|--------|-------|---------|-----------|-----------|-------------|-------------|----------|------------|---------|-----------|";
}
