using System.Globalization;

namespace HipKnee.Bench;

/// <summary>One fan-out run's figures; latencies and lateness in seconds.</summary>
/// <param name="Sent">Reminders that reached the fake Bot API.</param>
/// <param name="NotOnce">Due users who did not get exactly one reminder (probes who wrote first: more than one).</param>
/// <param name="Dropped">Reminders dropped because their runner wrote before they could go.</param>
/// <param name="FifoP50">What the probes' replies would have waited queued behind the fan-out (main's order), p50.</param>
public sealed record FanoutResult(
    int Rate, int Users, int Sent, int NotOnce, int Dropped, double Span, double FanoutRate, double LatenessP50, double LatenessP95,
    int Probes, double ReplyP50, double ReplyP99, double FifoP50, double FifoP99, double LeadSeconds)
{
    public double OfRate => FanoutRate / Rate;

    public const string Header =
        "| rate/s | due users | sent | not once | dropped | span s | fan-out/s | of rate | late p50 s | late p95 s | probes | reply p50 s | reply p99 s | FIFO p50 s | FIFO p99 s |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Rate}{(LeadSeconds > 0 ? $", early {LeadSeconds:0} s" : "")} | {Users} | {Sent} | {NotOnce} | {Dropped} | {Span:0.0} | {FanoutRate:0.0} | {OfRate:0.000} | {LatenessP50:0.0} | {LatenessP95:0.0} | {Probes} | {ReplyP50:0.00} | {ReplyP99:0.00} | {FifoP50:0.0} | {FifoP99:0.0} |");

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
