using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Tests.Support;

/// <summary>Hand-made histories: completed sessions at given local times in a zone.</summary>
internal static class Histories
{
    public static History Of(DateTimeOffset joined, params DateTimeOffset[] completed) =>
        History.Empty(joined) with
        {
            Sessions = completed.Select((at, i) => new PastSession(i + 1, at, SessionOutcome.Completed)).ToList(),
        };

    /// <summary>Local wall time in <paramref name="zone"/> as an instant.</summary>
    public static DateTimeOffset Local(string zone, int year, int month, int day, int hour = 8, int minute = 0)
    {
        var info = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, info.GetUtcOffset(local));
    }

    /// <summary>
    /// Only what lies in the window <paramref name="since"/> (see <c>Coach.HistoryNeeded</c>), so a test history
    /// behaves like one the host loaded; the skipped-set counts only come with the whole history, as the host loads them.
    /// </summary>
    public static History Since(History history, DateTimeOffset? since) => since switch
    {
        null => History.Empty(history.Joined),
        { } from when from == DateTimeOffset.MinValue => history,
        { } from => history with
        {
            Sessions = history.Sessions.Where(s => s.StartedAt >= from).ToList(),
            Pain = history.Pain.Where(p => p.At >= from).ToList(),
            SkippedSets = new Dictionary<Routine.ExerciseId, int>(),
        },
    };
}
