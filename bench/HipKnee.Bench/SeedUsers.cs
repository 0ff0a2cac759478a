using HipKnee.Bot.Persistence;
using HipKnee.Core.Schedule;

namespace HipKnee.Bench;

/// <summary>Users as the bot stores them after setup, for seeding: Mon/Wed/Fri 07:30 Europe/Berlin.</summary>
public static class SeedUsers
{
    public const long FirstChatId = 1_000_000;

    /// <summary>Monday 5 January 2026, 07:30 in Berlin.</summary>
    public static readonly DateTimeOffset MondayReminder = new(2026, 1, 5, 6, 30, 0, TimeSpan.Zero);

    public static DateOnly MondayDay => new(2026, 1, 5);

    /// <summary>A set-up user whose next nudge is the training-day reminder at <paramref name="due"/>.</summary>
    public static UserRecord Scheduled(long chatId, DateTimeOffset due, DateOnly day, DateTimeOffset createdAt) => new()
    {
        ChatId = chatId,
        Language = "en",
        TimeZoneId = "Europe/Berlin",
        ZoneChosen = true,
        TrainingDays = (int)TrainingDays.Default,
        ReminderMinuteOfDay = 7 * 60 + 30,
        HasSchedule = true,
        IsActive = true,
        LanguageCode = "en",
        NextNudgeAt = due,
        NextNudgeKind = (int)NudgeKind.Reminder,
        NextNudgeDay = day,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
        Version = 1,
    };
}
