using System.Globalization;
using HipKnee.Bot.Pictures;
using HipKnee.Core.Conversation;
using HipKnee.Core.Pictures;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Bot.WebApp;

/// <summary>The body of <c>GET /app/api/me</c>: the caller's week, calendar, pain, levels, reminder and settings, every label localized.</summary>
public static class MeDocument
{
    public static object Build(UserState state, History history, DateTimeOffset now)
    {
        var texts = CoachTexts.For(state.Language);
        var calendar = TrainingCalendarView.Build(history, now, state.TimeZoneId, state.TrainingDays);
        var week = calendar[^1];
        var since = calendar[0].Start;
        return new
        {
            language = state.Language,
            labels = AppLabels.For(texts),
            week = new
            {
                start = Date(week.Start),
                done = week.Completed,
                goal = TrainingWeeks.Goal,
                text = texts.AppWeekProgress(week.Completed, TrainingWeeks.Goal),
                days = week.Days.Select(day => new { date = Date(day.Date), weekday = texts.AppWeekday(day.Date.DayOfWeek), status = AppLabels.Status(day.Status), today = day.IsToday }),
            },
            calendar = new
            {
                weekdays = AppLabels.WeekFromMonday.Select(texts.AppWeekday),
                weeks = calendar.Select(w => new
                {
                    start = Date(w.Start),
                    met = w.IsMet,
                    days = w.Days.Select(day => new { date = Date(day.Date), status = AppLabels.Status(day.Status), today = day.IsToday }),
                }),
            },
            pain = new
            {
                trend = PainTrends.Of(history.Pain, now).ToString().ToLowerInvariant(),
                trendText = texts.AppPainTrendLine(PainTrends.Of(history.Pain, now)),
                // The session trend only: an ad-hoc /pain on a bad day is not the training's trend (as in /stats).
                points = history.Pain
                    .Where(p => p.AfterSession && p.At <= now && TrainingCalendar.LocalDate(p.At, state.TimeZoneId) >= since)
                    .OrderBy(p => p.At)
                    .Select(p => new { date = Date(TrainingCalendar.LocalDate(p.At, state.TimeZoneId)), score = p.Score }),
            },
            exercises = HipRoutine.Exercises.Select(e => Exercise(e, state, texts)),
            // As /schedule shows it: the next training-day reminder, skipping a day already trained or declined.
            nextReminder = ReminderPlanner.NextLocal(state, now) is { } local
                ? new { at = local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), text = texts.AppReminderAt(local) }
                : null,
            settings = new
            {
                hasSchedule = state.HasSchedule,
                days = AppLabels.WeekFromMonday.Where(day => state.TrainingDays.Includes(day)).Select(AppLabels.Key),
                time = texts.Clock(state.ReminderTime),
                timeZone = state.TimeZoneId,
                paused = state.RemindersPaused,
                pictures = !state.PicturesOff,
                summary = !state.SummariesOff,
                language = state.Language,
            },
            choices = new
            {
                weekdays = AppLabels.WeekFromMonday.Select(day => new { key = AppLabels.Key(day), label = texts.AppWeekday(day) }),
                languages = Languages.Supported.Select(language => new { key = language, label = CoachTexts.For(language).LanguageName }),
            },
        };
    }

    private static object Exercise(Exercise exercise, UserState state, ICoachTexts texts)
    {
        var level = state.Levels.Of(exercise.Id);
        return new
        {
            id = PictureKey.For(exercise.Id, HipRoutine.StartLevel).Name,
            name = texts.ExerciseName(exercise.Id),
            level = level + 1,
            topLevel = exercise.TopLevel + 1,
            levelText = texts.AppLevel(level + 1, exercise.TopLevel + 1),
            dose = texts.DoseText(exercise.DoseAt(level), exercise.Id),
            picture = "/app/pictures/" + ExercisePictureFiles.FileName(PictureKey.For(exercise.Id, level), state.Language),
            // The move-up rule as the coach applies it (MoveUpRule): two full weeks and pain at most 3/10 after sessions.
            moveUp = level < exercise.TopLevel ? texts.AppMoveUpRule(MoveUpRule.WeeksNeeded, MoveUpRule.MaxPain) : texts.AppAtTopLevel,
        };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
