using System.Diagnostics;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bench;

/// <summary>
/// What a fan-out run sees at the fake Bot API (Stopwatch timestamps taken as the fake records each call): every
/// reminder's arrival per chat, and for each probe the first reply after it typed, cheap enough for 100k chats.
/// </summary>
public sealed class FanoutWatch
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _remindersPerChat = [];
    private readonly List<long> _reminderArrivals = [];
    private readonly Dictionary<long, (long Typed, long? Answered)> _probes = [];

    public FanoutWatch(FakeBotApi api) => api.ObserveCalls(Record, keepCalls: false);

    public int Reminders
    {
        get
        {
            lock (_gate)
            {
                return _reminderArrivals.Count;
            }
        }
    }

    public bool AllProbesAnswered
    {
        get
        {
            lock (_gate)
            {
                return _probes.Values.All(p => p.Answered is not null);
            }
        }
    }

    /// <summary>Notes that <paramref name="chatId"/> typed now; its next message that is not a reminder is the reply.</summary>
    public void Typed(long chatId)
    {
        lock (_gate)
        {
            _probes[chatId] = (Stopwatch.GetTimestamp(), null);
        }
    }

    public int RemindersTo(long chatId)
    {
        lock (_gate)
        {
            return _remindersPerChat.GetValueOrDefault(chatId);
        }
    }

    public IReadOnlyList<long> ReminderArrivals()
    {
        lock (_gate)
        {
            return [.. _reminderArrivals];
        }
    }

    public IReadOnlyList<(long Chat, long Typed, long? Answered)> Probes()
    {
        lock (_gate)
        {
            return _probes.Select(p => (p.Key, p.Value.Typed, p.Value.Answered)).ToList();
        }
    }

    /// <summary>The training-day nudge's opening words (English; the seeded users are English).</summary>
    public static bool IsReminder(string? text) =>
        text is not null && (text.StartsWith("It's training day", StringComparison.Ordinal) || text.StartsWith("Still time", StringComparison.Ordinal));

    private void Record(RecordedCall call)
    {
        var at = Stopwatch.GetTimestamp();
        if (call.Failed || call.ChatId is not { } chatId || !call.Method.StartsWith("send", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var reminder = call.Is("sendMessage") && IsReminder(call.Text);
        lock (_gate)
        {
            if (reminder)
            {
                _remindersPerChat[chatId] = _remindersPerChat.GetValueOrDefault(chatId) + 1;
                _reminderArrivals.Add(at);
            }
            else if (_probes.TryGetValue(chatId, out var probe) && probe.Answered is null)
            {
                _probes[chatId] = (probe.Typed, at);
            }
        }
    }
}
