using HipKnee.Core.Conversation;

namespace HipKnee.Core.Progress;

/// <summary>
/// When to offer the next level: two weeks in a row with all planned sessions done (three a week) since the level
/// last changed, knee pain no higher than 3 in the last two weeks (and at least one answer), a level left to climb,
/// and no offer in the last seven days.
/// </summary>
public static class MoveUpRule
{
    public const int WeeksNeeded = 2;
    public const int MaxPain = 3;
    public static readonly TimeSpan OfferAtMostEvery = TimeSpan.FromDays(7);

    public static bool Holds(UserState state, History history, DateTimeOffset now, DayOfWeek firstDay)
    {
        if (!state.Levels.CanMoveUp || (state.LevelOfferedAt is { } offered && now - offered < OfferAtMostEvery))
        {
            return false;
        }

        if (PainTrends.RecentMax(history.Pain, now) is not { } worst || worst > MaxPain)
        {
            return false;
        }

        var since = state.LevelsChangedAt ?? DateTimeOffset.MinValue;
        var atThisLevel = history with { Sessions = history.Sessions.Where(s => s.StartedAt >= since).ToList() };
        var weeks = TrainingWeeks.Build(atThisLevel, now, state.TimeZoneId, firstDay, state.TrainingDays);
        return TrainingWeeks.CurrentStreak(weeks) >= WeeksNeeded;
    }
}
