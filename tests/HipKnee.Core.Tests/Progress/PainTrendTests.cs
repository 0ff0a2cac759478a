using HipKnee.Core.Progress;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Progress;

public sealed class PainTrendTests
{
    private static readonly DateTimeOffset Now = Moments.SundayMorning;

    private static PainReading DaysAgo(double days, int score) => new(Now - TimeSpan.FromDays(days), score);

    [Theory]
    [InlineData(1, 4, PainTrend.Rising)]
    [InlineData(3, 4, PainTrend.Steady)]
    [InlineData(5, 2, PainTrend.Falling)]
    public void Trend_compares_the_last_week_with_the_week_before(int before, int after, PainTrend expected)
    {
        PainReading[] pain = [DaysAgo(12, before), DaysAgo(9, before), DaysAgo(3, after), DaysAgo(1, after)];

        Assert.Equal(expected, PainTrends.Of(pain, Now));
    }

    [Fact]
    public void One_week_of_answers_is_not_a_trend()
    {
        Assert.Equal(PainTrend.Unknown, PainTrends.Of([DaysAgo(3, 1), DaysAgo(1, 6)], Now));
    }

    [Fact]
    public void Answers_older_than_two_weeks_are_left_out()
    {
        Assert.Equal(PainTrend.Unknown, PainTrends.Of([DaysAgo(20, 0), DaysAgo(1, 6)], Now));
        Assert.Equal(6, PainTrends.RecentMax([DaysAgo(20, 9), DaysAgo(1, 6)], Now));
    }
}
