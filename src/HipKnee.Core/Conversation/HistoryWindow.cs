using HipKnee.Core.Progress;

namespace HipKnee.Core.Conversation;

/// <summary>
/// How much of the user's past the coach needs to answer an input, so the host loads it only then:
/// everything for /stats and the weekly summary, a few weeks for a pain answer, the last week for a reminder.
/// </summary>
public static class HistoryWindow
{
    public static readonly TimeSpan ForPain = TimeSpan.FromDays(35);
    public static readonly TimeSpan ForReminder = TimeSpan.FromDays(8);

    /// <summary>The earliest instant needed; <see cref="DateTimeOffset.MinValue"/> for all of it, null for none.</summary>
    public static DateTimeOffset? Since(UserState state, Input input, DateTimeOffset now) => input switch
    {
        CommandInput { Name: "stats" } or SummaryDueInput => DateTimeOffset.MinValue,
        CommandInput { Name: "pain" } => now - ForPain,
        PainButton => now - ForPain,
        BarrierButton { Barrier: WeekBarrier.NoResults } => DateTimeOffset.MinValue,
        TextInput when state.PainCheckPending => now - ForPain,
        ReminderDueInput => now - ForReminder,
        _ => null,
    };

    /// <summary>Drops what lies before the window, so a test history behaves like one the host loaded.</summary>
    public static History Trim(History history, DateTimeOffset? since) => since is not { } from
        ? History.Empty(history.Joined)
        : history with
        {
            Sessions = history.Sessions.Where(s => s.StartedAt >= from).ToList(),
            Pain = history.Pain.Where(p => p.At >= from).ToList(),
        };
}
