using HipKnee.Core.Schedule;

namespace HipKnee.Core.Conversation;

/// <summary>Payloads of the schedule and reminder buttons (encoded by <see cref="CallbackData"/>).</summary>
public static class ScheduleButtons
{
    public static readonly string Change = CallbackData.Of(new ChangeScheduleButton());

    public static string Days(TrainingDays days, bool insist = false) => CallbackData.Of(new DaysButton(days, insist));

    public static string Time(TimeOnly time) => CallbackData.Of(new TimeButton(time));

    public static string Zone(string zoneId) => CallbackData.Of(new ZoneButton(zoneId));

    public static string Snooze(DateOnly day) => CallbackData.Of(new NudgeButton(Snooze: true, day));

    public static string NotToday(DateOnly day) => CallbackData.Of(new NudgeButton(Snooze: false, day));
}
