using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Tests.Progress;

public sealed class TrainingCalendarViewTests
{
    private static readonly TrainingDays MonWedFri = TrainingDays.Monday | TrainingDays.Wednesday | TrainingDays.Friday;

    [Fact]
    public void Days_are_completed_partial_missed_rest_or_upcoming_on_the_users_own_clock()
    {
        // Wednesday 4 March 2026, 10:00 in Berlin; joined on Monday 23 February.
        var now = new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
        var history = History.Empty(new DateTimeOffset(2026, 2, 23, 8, 0, 0, TimeSpan.Zero))
            .WithSession(new PastSession(1, new DateTimeOffset(2026, 2, 23, 18, 0, 0, TimeSpan.Zero), SessionOutcome.Completed))
            .WithSession(new PastSession(2, new DateTimeOffset(2026, 2, 25, 18, 0, 0, TimeSpan.Zero), SessionOutcome.Stopped))
            // 23:30 UTC on Saturday is already Sunday in Berlin.
            .WithSession(new PastSession(3, new DateTimeOffset(2026, 2, 28, 23, 30, 0, TimeSpan.Zero), SessionOutcome.Completed));

        var weeks = TrainingCalendarView.Build(history, now, "Europe/Berlin", MonWedFri);

        Assert.Equal(TrainingCalendarView.Weeks, weeks.Count);
        Assert.All(weeks, week => Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek));
        Assert.Equal(
            [DayStatus.Completed, DayStatus.Rest, DayStatus.Partial, DayStatus.Rest, DayStatus.Missed, DayStatus.Rest, DayStatus.Completed],
            weeks[^2].Days.Select(d => d.Status));
        Assert.Equal(
            [DayStatus.Missed, DayStatus.Rest, DayStatus.Upcoming, DayStatus.Rest, DayStatus.Upcoming, DayStatus.Rest, DayStatus.Rest],
            weeks[^1].Days.Select(d => d.Status));
        Assert.True(weeks[^1].Days[2].IsToday);
        Assert.All(weeks[0].Days, day => Assert.Equal(DayStatus.None, day.Status));
    }
}
