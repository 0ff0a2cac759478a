namespace HipKnee.Bot.Outbox.Sending;

/// <summary>
/// The chats Telegram answered 429 for lately. One chat refused means that chat is flooded (it pauses on its own);
/// several at once mean the bot as a whole is going too fast, and only then is the global rate lowered. Thread-safe.
/// </summary>
internal sealed class RefusingChats
{
    /// <summary>Three different chats within <see cref="Window"/>: more than one runner hammering the bot at once.</summary>
    public const int Several = 3;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _lastRefused = [];

    /// <summary>Notes a 429 for <paramref name="chatId"/>; true when several different chats were refused within the window.</summary>
    public bool Refused(long chatId, DateTimeOffset now)
    {
        lock (_gate)
        {
            _lastRefused[chatId] = now;
            foreach (var (chat, at) in _lastRefused.Where(entry => entry.Value <= now - Window).ToList())
            {
                _lastRefused.Remove(chat);
            }

            return _lastRefused.Count >= Several;
        }
    }
}
