using System.Collections.Concurrent;

namespace HipKnee.Bot.RateLimiting;

/// <summary>
/// Lets each chat through at most 20 updates in any 10 seconds; what comes beyond is ignored, and the
/// first excess of a flood asks the user to slow down. Counted per chat, so nobody else is slowed.
/// </summary>
public sealed class FloodGuard
{
    public const int Limit = 20;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>A flood ends once a chat has stayed within the limit this long; the next one is told again.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMinutes(1);

    private const int PruneEvery = 4096;
    private readonly ConcurrentDictionary<long, ChatFlow> _chats = new();
    private long _checks;

    public FloodVerdict Check(long chatId, DateTimeOffset sentAt)
    {
        if (Interlocked.Increment(ref _checks) % PruneEvery == 0)
        {
            Prune(sentAt);
        }

        var flow = _chats.GetOrAdd(chatId, _ => new ChatFlow());
        lock (flow)
        {
            // Times only move forward per chat, whatever order Telegram's clocks put them in.
            var at = flow.Latest is { } latest && latest > sentAt ? latest : sentAt;
            flow.Latest = at;
            if (flow.Admitted.TimeUntilFree(at, Limit) == TimeSpan.Zero)
            {
                flow.Admitted.Record(at);
                return FloodVerdict.Admit;
            }

            var toldAlready = flow.LastExcess is { } last && at - last < QuietPeriod;
            flow.LastExcess = at;
            return toldAlready ? FloodVerdict.Ignore : FloodVerdict.IgnoreAndWarn;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (chatId, flow) in _chats)
        {
            lock (flow)
            {
                if (flow.Latest is { } latest && now - latest > QuietPeriod)
                {
                    _chats.TryRemove(chatId, out _);
                }
            }
        }
    }

    private sealed class ChatFlow
    {
        public SlidingWindowLog Admitted { get; } = new(Limit, Window);
        public DateTimeOffset? Latest { get; set; }
        public DateTimeOffset? LastExcess { get; set; }
    }
}
