using System.Globalization;

namespace HipKnee.Bench;

/// <param name="Span">From the first message's arrival at the fake to the last one's.</param>
/// <param name="Wall">From starting the bot to the last arrival, start-up included.</param>
public sealed record SenderResult(
    int Limit, int Messages, int Chats, TimeSpan Span, TimeSpan Wall, int Violations, int ChatsOutOfOrder, int Refused, IReadOnlyList<string> FirstViolations)
{
    /// <summary>The shortest first-to-last span the limit permits: at most Limit messages in any second.</summary>
    public TimeSpan BestSpan => TimeSpan.FromSeconds(Math.Ceiling((double)Messages / Limit) - 1);

    /// <summary>1.0 means as fast as the limit allows.</summary>
    public double OfLimit => Span > TimeSpan.Zero ? BestSpan / Span : double.NaN;

    public double PerSecond => Span > TimeSpan.Zero ? (Messages - 1) / Span.TotalSeconds : double.NaN;

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Limit,7}/s | {Messages,8} | {Chats,5} | {Span.TotalSeconds,8:0.00} s | {BestSpan.TotalSeconds,7:0.00} s | {PerSecond,9:0.0} | {PerSecond / Limit,10:0.000} | {OfLimit,8:0.000} | {Violations,10} | {ChatsOutOfOrder,12} | {Refused,7} |");

    public const string Header =
        "|   limit   | messages | chats |  span      | best      |  msgs/s   | rate/limit | of best  | violations | out of order | refused |\n" +
        "|-----------|----------|-------|------------|-----------|-----------|------------|----------|------------|--------------|---------|";
}
