using System.Diagnostics;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bench;

/// <summary>
/// When each chat's replies reached the fake Bot API (Stopwatch timestamps, taken as the fake records the call), and
/// a wait for a chat's n-th reply, cheap enough for thousands of chats.
/// </summary>
public sealed class ReplyWatch
{
    private readonly Dictionary<long, Chat> _chats = [];

    public ReplyWatch(FakeBotApi api) => api.ObserveCalls(Record);

    /// <summary>The arrival timestamps of the chat's replies so far.</summary>
    public IReadOnlyList<long> Arrivals(long chatId)
    {
        var chat = ChatOf(chatId);
        lock (chat)
        {
            return chat.Arrivals.ToArray();
        }
    }

    /// <summary>Completes when the chat has had <paramref name="count"/> replies.</summary>
    public Task WaitForAsync(long chatId, int count, TimeSpan timeout)
    {
        var chat = ChatOf(chatId);
        lock (chat)
        {
            if (chat.Arrivals.Count >= count)
            {
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            chat.Waiters.Add((count, waiter));
            return waiter.Task.WaitAsync(timeout);
        }
    }

    /// <summary>
    /// A message that reached the chat: text, or a picture (a set that opens an exercise is answered with its picture,
    /// the prompt as the caption). Every benchmark that waits for replies counts them this way.
    /// </summary>
    public static bool IsReply(RecordedCall call) =>
        (call.Is("sendMessage") || call.Is("sendPhoto") || call.Is("sendAnimation")) && !call.Failed;

    private void Record(RecordedCall call)
    {
        var at = Stopwatch.GetTimestamp();
        if (!IsReply(call) || call.ChatId is not { } chatId)
        {
            return;
        }

        var chat = ChatOf(chatId);
        lock (chat)
        {
            chat.Arrivals.Add(at);
            chat.Waiters.RemoveAll(waiter => waiter.Count <= chat.Arrivals.Count && waiter.Done.TrySetResult());
        }
    }

    private Chat ChatOf(long chatId)
    {
        lock (_chats)
        {
            return _chats.TryGetValue(chatId, out var chat) ? chat : _chats[chatId] = new Chat();
        }
    }

    private sealed class Chat
    {
        public List<long> Arrivals { get; } = [];
        public List<(int Count, TaskCompletionSource Done)> Waiters { get; } = [];
    }
}
