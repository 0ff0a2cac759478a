using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>The button grids for choosing days, a reminder time and a time zone.</summary>
internal static class ScheduleKeyboards
{
    private static readonly TrainingDays[] DayPresets =
    [
        TrainingDays.Monday | TrainingDays.Wednesday | TrainingDays.Friday,
        TrainingDays.Tuesday | TrainingDays.Thursday | TrainingDays.Saturday,
        TrainingDays.Monday | TrainingDays.Thursday | TrainingDays.Saturday,
        TrainingDays.Tuesday | TrainingDays.Friday | TrainingDays.Sunday,
        TrainingDays.Wednesday | TrainingDays.Friday | TrainingDays.Sunday,
    ];

    private static readonly TimeOnly[] TimePresets = [new(6, 30), new(7, 30), new(12, 0), new(17, 30), new(19, 0)];

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Days(ICoachTexts texts) =>
        DayPresets.Select(days => (IReadOnlyList<ReplyButton>)[new ReplyButton(texts.DaysLabel(days), ScheduleButtons.Days(days))]).ToArray();

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> KeepAnyway(TrainingDays days, ICoachTexts texts) =>
        [[new ReplyButton(texts.KeepAnywayLabel, ScheduleButtons.Days(days, insist: true))], .. Days(texts)];

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Times() =>
        [TimePresets.Select(time => new ReplyButton(time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), ScheduleButtons.Time(time))).ToArray()];

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Zones(string? languageCode, ICoachTexts texts) =>
        ZoneGuess.Offer(languageCode)
            .Select(zone => new ReplyButton(texts.ZoneLabel(zone), ScheduleButtons.Zone(zone)))
            .Chunk(2)
            .Select(row => (IReadOnlyList<ReplyButton>)row)
            .ToArray();

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Change(ICoachTexts texts) =>
        [[new ReplyButton(texts.ChangeScheduleLabel, ScheduleButtons.Change)]];

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Reminder(DateOnly day, bool canSnooze, ICoachTexts texts)
    {
        List<ReplyButton> row = [new(texts.StartNowLabel, CallbackData.Train)];
        if (canSnooze)
        {
            row.Add(new ReplyButton(texts.SnoozeLabel, ScheduleButtons.Snooze(day)));
        }

        row.Add(new ReplyButton(texts.NotTodayLabel, ScheduleButtons.NotToday(day)));
        return [row];
    }
}
