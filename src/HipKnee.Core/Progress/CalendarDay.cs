namespace HipKnee.Core.Progress;

/// <summary>One local day of the Mini App's calendar.</summary>
public sealed record CalendarDay(DateOnly Date, DayStatus Status, bool IsToday);
