using BenchmarkDotNet.Attributes;
using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;

namespace HipKnee.Micro;

/// <summary>The coach's decision and the next-reminder calculation, per call.</summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly Input Done = new DoneInput();
    private static readonly Input ReminderDue = new ReminderDueInput();

    private readonly UserState _midSession = new(42)
    {
        TimeZoneId = "Europe/Berlin",
        ZoneChosen = true,
        HasSchedule = true,
        SessionCount = 3,
        Session = new ActiveSession(3, Now.AddMinutes(-6), Now.AddMinutes(-1), Step: 3, Done: 3, Skipped: 0),
        LastStartedDay = new DateOnly(2026, 1, 5),
        NextNudge = new Nudge(new DateTimeOffset(2026, 1, 7, 6, 30, 0, TimeSpan.Zero), NudgeKind.Reminder, new DateOnly(2026, 1, 7)),
    };

    private readonly UserState _reminderDue = new(43)
    {
        TimeZoneId = "Europe/Berlin",
        ZoneChosen = true,
        HasSchedule = true,
        NextNudge = new Nudge(new DateTimeOffset(2026, 1, 5, 6, 30, 0, TimeSpan.Zero), NudgeKind.Reminder, new DateOnly(2026, 1, 5)),
    };

    [Benchmark(Description = "Coach.Decide: done mid-session")]
    public Decision DecideDone() => Coach.Decide(_midSession, Done, Now);

    [Benchmark(Description = "Coach.Decide: reminder due")]
    public Decision DecideReminder() => Coach.Decide(_reminderDue, ReminderDue, Now);

    [Benchmark(Description = "ReminderCalendar.NextAfter")]
    public DateTimeOffset NextReminder() => ReminderCalendar.NextAfter(Now, Berlin, TrainingDays.Default, new TimeOnly(7, 30));
}
