namespace HipKnee.Testing.Fakes;

/// <summary>
/// Checks message arrival times (the fake's own timestamps) against Telegram's limits: at most PerSecond in
/// any 1-second window overall; per chat a token bucket of ChatBurst refilled PerChatPerSecond; per group
/// chat (negative id) at most PerGroupPerMinute in any minute. <c>tolerance</c> forgives arrivals that came
/// that much early, for the jitter between the sender's clock and the fake's.
/// </summary>
public static class DeliveryAudit
{
    public static IReadOnlyList<string> Violations(IEnumerable<(long ChatId, DateTimeOffset At)> sends, DeliveryLimits limits, TimeSpan tolerance)
    {
        var all = sends.OrderBy(s => s.At).ToList();
        var violations = new List<string>();
        violations.AddRange(WindowViolations(all.Select(s => s.At).ToList(), limits.PerSecond, TimeSpan.FromSeconds(1), tolerance, "overall"));
        foreach (var chat in all.GroupBy(s => s.ChatId))
        {
            var times = chat.Select(s => s.At).ToList();
            violations.AddRange(BucketViolations(times, limits.PerChatPerSecond, limits.ChatBurst, tolerance, $"chat {chat.Key}"));
            if (chat.Key < 0)
            {
                violations.AddRange(WindowViolations(times, limits.PerGroupPerMinute, TimeSpan.FromMinutes(1), tolerance, $"group {chat.Key}"));
            }
        }

        return violations;
    }

    /// <summary>Successful sendMessage calls as (chat, arrival) pairs.</summary>
    public static IEnumerable<(long ChatId, DateTimeOffset At)> Sends(IEnumerable<RecordedCall> calls) =>
        calls.Where(c => c.Is("sendMessage") && !c.Failed && c.ChatId is not null).Select(c => (c.ChatId!.Value, c.At));

    private static IEnumerable<string> WindowViolations(IReadOnlyList<DateTimeOffset> sorted, int limit, TimeSpan window, TimeSpan tolerance, string what)
    {
        for (var i = 0; i + limit < sorted.Count; i++)
        {
            var span = sorted[i + limit] - sorted[i];
            if (span < window - tolerance)
            {
                yield return $"{what}: {limit + 1} messages within {span.TotalMilliseconds:0} ms from {sorted[i]:HH:mm:ss.fff}";
            }
        }
    }

    private static IEnumerable<string> BucketViolations(IReadOnlyList<DateTimeOffset> sorted, int perSecond, int burst, TimeSpan tolerance, string what)
    {
        var interval = TimeSpan.FromSeconds(1) / perSecond;
        var allowance = (interval * (burst - 1)) + tolerance;
        DateTimeOffset? theoretical = null;
        foreach (var at in sorted)
        {
            if (theoretical is { } due && at < due - allowance)
            {
                yield return $"{what}: message at {at:HH:mm:ss.fff} came {(due - interval * (burst - 1) - at).TotalMilliseconds:0} ms too early";
            }

            theoretical = (theoretical is { } previous && previous > at ? previous : at) + interval;
        }
    }
}
