using HipKnee.Core.Routine;

namespace HipKnee.Core.Tests.Progress;

public sealed class LevelChangeTimesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Never_changed_is_stored_as_the_columns_default_so_saving_an_untouched_user_changes_nothing()
    {
        Assert.Equal("", LevelChangeTimes.None.ToString());
        Assert.Equal(LevelChangeTimes.None, LevelChangeTimes.Parse(""));
        Assert.Equal(LevelChangeTimes.None, LevelChangeTimes.Parse(",,,"));
    }

    [Fact]
    public void A_change_of_one_exercise_round_trips_and_leaves_the_others_never()
    {
        var times = LevelChangeTimes.None.With(ExerciseId.SidePlank, At);

        var stored = times.ToString();

        Assert.Equal($",{At.ToUnixTimeMilliseconds()},,", stored);
        Assert.Equal(times, LevelChangeTimes.Parse(stored));
    }
}
