using System.Collections.Concurrent;

namespace HipKnee.Bot.Outbox.Sending;

/// <summary>Every chat's allowance, forgotten again once it is full, so the map does not grow with every chat ever served.</summary>
internal sealed class ChatAllowances(RateLimits limits)
{
    private const int PruneEvery = 4096;
    private readonly ConcurrentDictionary<long, ChatAllowance> _chats = new();
    private readonly Lock _pruning = new();
    private long _records;

    public ChatAllowance For(long chatId) => _chats.GetOrAdd(chatId, id => new ChatAllowance(limits, RateLimits.IsGroupChat(id)));

    /// <summary>
    /// Called after a chat's call is recorded. A chat whose courier is between two calls is not idle (its
    /// pace was just recorded), so a forgotten allowance is always one a fresh one equals.
    /// </summary>
    public void PruneNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _records) % PruneEvery != 0)
        {
            return;
        }

        lock (_pruning)
        {
            foreach (var (chatId, chat) in _chats)
            {
                if (chat.IsIdleAt(now))
                {
                    _chats.TryRemove(chatId, out _);
                }
            }
        }
    }
}
