using System.Collections.Concurrent;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Updates;

/// <summary>
/// /stats and /export are the expensive commands (a chart to render, a user's whole history to read and write out):
/// each is served to a user at most once per cooldown, and a repeat meanwhile gets a one-line answer instead, so one
/// user sending them in a loop costs next to nothing. Kept in memory, per instance: it guards this process's work.
/// </summary>
public sealed class ReplyCooldown
{
    private const int PruneEvery = 4096;
    private static readonly IReadOnlyDictionary<string, TimeSpan> Cooldowns = new Dictionary<string, TimeSpan>
    {
        ["stats"] = TimeSpan.FromMinutes(1),
        ["export"] = TimeSpan.FromMinutes(1),
    };

    private readonly ConcurrentDictionary<(long ChatId, string Command), DateTimeOffset> _served = new();
    private long _marks;

    /// <summary>The command of <paramref name="input"/> when it is one with a cooldown, else null.</summary>
    public static string? CommandOf(Input input) => input is CommandInput { Name: var name } && Cooldowns.ContainsKey(name) ? name : null;

    public bool IsCoolingDown(long chatId, string command, DateTimeOffset now) =>
        _served.TryGetValue((chatId, command), out var at) && now - at < Cooldowns[command] && now >= at;

    /// <summary>Called once the answer is committed, so a failed attempt never blocks its retry.</summary>
    public void MarkServed(long chatId, string command, DateTimeOffset now)
    {
        _served[(chatId, command)] = now;
        if (Interlocked.Increment(ref _marks) % PruneEvery == 0)
        {
            foreach (var (key, at) in _served)
            {
                if (now - at >= Cooldowns[key.Command])
                {
                    _served.TryRemove(key, out _);
                }
            }
        }
    }
}
