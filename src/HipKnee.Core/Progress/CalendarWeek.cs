namespace HipKnee.Core.Progress;

/// <summary>Seven days from a Monday; met with three completed sessions on any days, as streaks count it.</summary>
public sealed record CalendarWeek(DateOnly Start, IReadOnlyList<CalendarDay> Days)
{
    public int Completed => Days.Count(d => d.Status == DayStatus.Completed);

    public bool IsMet => Completed >= TrainingWeeks.Goal;
}
