using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Progress;

/// <summary>Weeks met, streaks and adherence on hand-made histories (weeks start on Monday unless a test says otherwise).</summary>
public sealed class TrainingWeeksTests
{
    private const string Berlin = "Europe/Berlin";
    private static readonly DateTimeOffset Joined = Histories.Local(Berlin, 2026, 3, 2, 6); // Monday 2 March

    private static IReadOnlyList<TrainingWeek> Weeks(History history, DateTimeOffset now, string zone = Berlin, DayOfWeek firstDay = DayOfWeek.Monday) =>
        TrainingWeeks.Build(history, now, zone, firstDay, TrainingDays.Default);

    [Fact]
    public void A_week_with_sessions_on_tuesday_thursday_and_saturday_is_met_though_the_plan_was_mon_wed_fri()
    {
        var history = Histories.Of(Joined,
            Histories.Local(Berlin, 2026, 3, 3), Histories.Local(Berlin, 2026, 3, 5), Histories.Local(Berlin, 2026, 3, 7));

        var week = Assert.Single(Weeks(history, Histories.Local(Berlin, 2026, 3, 8, 20)));

        Assert.True(week.IsMet);
        Assert.Equal((3, 3), (week.Completed, week.Planned));
        Assert.Equal(1.0, TrainingWeeks.Adherence([week]));
    }

    [Fact]
    public void Streaks_count_weeks_met_and_a_missed_week_breaks_the_current_one_but_not_the_best()
    {
        // Weeks from 2, 9, 16, 23 March and 30 March: met, met, missed (1 session), met, open.
        var sessions = new List<DateTimeOffset>();
        foreach (var monday in new[] { 2, 9, 23 })
        {
            sessions.AddRange([Histories.Local(Berlin, 2026, 3, monday), Histories.Local(Berlin, 2026, 3, monday + 2), Histories.Local(Berlin, 2026, 3, monday + 4)]);
        }

        sessions.Add(Histories.Local(Berlin, 2026, 3, 17));
        var weeks = Weeks(Histories.Of(Joined, [.. sessions]), Histories.Local(Berlin, 2026, 3, 31, 12));

        Assert.Equal(5, weeks.Count);
        Assert.Equal([true, true, false, true, false], weeks.Select(w => w.IsMet));
        Assert.Equal(1, TrainingWeeks.CurrentStreak(weeks));
        Assert.Equal(2, TrainingWeeks.BestStreak(weeks));
    }

    [Fact]
    public void The_open_week_never_breaks_a_streak_and_adds_to_it_once_met()
    {
        var history = Histories.Of(Joined,
            Histories.Local(Berlin, 2026, 3, 2), Histories.Local(Berlin, 2026, 3, 4), Histories.Local(Berlin, 2026, 3, 6),
            Histories.Local(Berlin, 2026, 3, 9));

        Assert.Equal(1, TrainingWeeks.CurrentStreak(Weeks(history, Histories.Local(Berlin, 2026, 3, 10))));

        var met = history.WithSession(new PastSession(5, Histories.Local(Berlin, 2026, 3, 10, 9), SessionOutcome.Completed))
            .WithSession(new PastSession(6, Histories.Local(Berlin, 2026, 3, 11), SessionOutcome.Completed));
        Assert.Equal(2, TrainingWeeks.CurrentStreak(Weeks(met, Histories.Local(Berlin, 2026, 3, 11, 20))));
    }

    [Fact]
    public void Adherence_counts_planned_sessions_so_far_and_extra_sessions_never_make_up_another_week()
    {
        // Week 1: five sessions (credited 3 of 3). Week 2: none of 3. Week 3, on Wednesday: Monday passed, one session on Tuesday.
        var history = Histories.Of(Joined,
            Histories.Local(Berlin, 2026, 3, 2), Histories.Local(Berlin, 2026, 3, 3), Histories.Local(Berlin, 2026, 3, 4),
            Histories.Local(Berlin, 2026, 3, 5), Histories.Local(Berlin, 2026, 3, 6), Histories.Local(Berlin, 2026, 3, 17));

        var weeks = Weeks(history, Histories.Local(Berlin, 2026, 3, 18, 7));

        Assert.Equal([3, 3, 1], weeks.Select(w => w.Planned));
        Assert.Equal([3, 0, 1], weeks.Select(w => w.Credited));
        Assert.Equal(4.0 / 7, TrainingWeeks.Adherence(weeks));
    }

    [Fact]
    public void Adherence_of_the_last_four_weeks_leaves_older_weeks_out()
    {
        var history = Histories.Of(Joined,
            Histories.Local(Berlin, 2026, 3, 2), Histories.Local(Berlin, 2026, 3, 4), Histories.Local(Berlin, 2026, 3, 6));
        var now = Histories.Local(Berlin, 2026, 4, 5, 20); // Sunday of the fifth week

        var report = ProgressReport.Of(history, now, Berlin, DayOfWeek.Monday, TrainingDays.Default);

        Assert.Equal(0.0, report.AdherenceLastFourWeeks);
        Assert.Equal(3.0 / 15, report.AdherenceAllTime);
        Assert.Equal(3, report.Completed);
    }

    [Fact]
    public void A_session_late_on_sunday_counts_in_that_week_in_the_users_zone_even_when_utc_says_monday()
    {
        var sundayNightInTokyo = Histories.Local("Asia/Tokyo", 2026, 3, 8, 23, 30);
        var mondayEarlyInNewYork = Histories.Local("America/New_York", 2026, 3, 9, 0, 30);
        var joined = Histories.Local("UTC", 2026, 3, 2, 0);

        var tokyo = Weeks(Histories.Of(joined, sundayNightInTokyo), Histories.Local("Asia/Tokyo", 2026, 3, 9, 12), "Asia/Tokyo");
        var newYork = Weeks(Histories.Of(joined, mondayEarlyInNewYork), Histories.Local("America/New_York", 2026, 3, 9, 12), "America/New_York");

        Assert.Equal([1, 0], tokyo.Select(w => w.Completed));
        Assert.Equal(new DateOnly(2026, 3, 9), newYork[^1].Start);
        Assert.Equal(1, newYork[^1].Completed);
    }

    [Fact]
    public void A_week_starting_on_sunday_moves_a_sunday_session_into_the_next_week()
    {
        var history = Histories.Of(Joined, Histories.Local(Berlin, 2026, 3, 8));

        var weeks = Weeks(history, Histories.Local(Berlin, 2026, 3, 9), firstDay: DayOfWeek.Sunday);

        Assert.Equal(new DateOnly(2026, 3, 8), weeks[^1].Start);
        Assert.Equal(1, weeks[^1].Completed);
    }

    [Fact]
    public void Stopped_and_abandoned_sessions_do_not_count()
    {
        var history = History.Empty(Joined) with
        {
            Sessions =
            [
                new PastSession(1, Histories.Local(Berlin, 2026, 3, 2), SessionOutcome.Stopped),
                new PastSession(2, Histories.Local(Berlin, 2026, 3, 3), SessionOutcome.Abandoned),
                new PastSession(3, Histories.Local(Berlin, 2026, 3, 4), SessionOutcome.Completed),
            ],
        };

        Assert.Equal(1, Assert.Single(Weeks(history, Histories.Local(Berlin, 2026, 3, 4, 12))).Completed);
    }

    [Fact]
    public void A_user_who_joined_on_saturday_is_not_counted_as_missing_that_weeks_sessions()
    {
        var saturday = Histories.Local(Berlin, 2026, 3, 7, 10);

        var weeks = Weeks(History.Empty(saturday), Histories.Local(Berlin, 2026, 3, 8, 20));

        Assert.Equal(0, Assert.Single(weeks).Planned);
        Assert.Null(TrainingWeeks.Adherence(weeks));
    }
}
