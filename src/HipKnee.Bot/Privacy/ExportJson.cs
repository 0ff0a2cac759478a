using System.Text.Json;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;

namespace HipKnee.Bot.Privacy;

/// <summary>The user's data as one indented JSON document: settings, sessions with their sets, pain entries, declined days.</summary>
internal static class ExportJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Write(ExportData data) => JsonSerializer.Serialize(new
    {
        data.ChatId,
        data.ExportedAt,
        Settings = data.User is { } user ? Settings(user) : null,
        Sessions = data.Sessions.Select(session => new
        {
            session.Number,
            session.StartedAt,
            session.EndedAt,
            Outcome = session.Outcome is { } outcome ? ((SessionOutcome)outcome).ToString() : "Running",
            SetsDone = session.Sets.Count(set => set.Outcome == (int)SetOutcome.Done),
            SetsSkipped = session.Sets.Count(set => set.Outcome == (int)SetOutcome.Skipped),
            Sets = session.Sets.OrderBy(s => s.Step).Select(set => new
            {
                Step = set.Step + 1,
                Exercise = set.Planned.Exercise.Id.ToString(),
                Side = set.Planned.Side.ToString(),
                Outcome = ((SetOutcome)set.Outcome).ToString(),
                At = set.AtIn(session),
            }),
        }),
        PainEntries = data.Pain.Select(p => new
        {
            p.At,
            p.LocalDay,
            p.Score,
            p.SessionNumber,
            AfterSession = !p.IsAdHoc,
            HurtExercise = p.HurtExercise is { } hurt ? ((ExerciseId)hurt).ToString() : null,
        }),
        MorningChecks = data.MorningChecks.Select(c => new { c.Day, Answer = ((MorningAnswer)c.Answer).ToString(), c.At }),
        DeclinedTrainingDays = data.DeclinedDays.Select(d => new { d.Day, d.At }),
    }, Options);

    /// <summary>Numbered from 1 as /level shows them ("2/5"), one entry per exercise; the stored form counts from 0.</summary>
    private static object Levels(ExerciseLevels levels) => HipRoutine.Exercises.Select(exercise => new
    {
        Exercise = exercise.Id.ToString(),
        Level = levels.Of(exercise.Id) + 1,
        Of = exercise.TopLevel + 1,
    });

    private static object Settings(UserRecord user) => new
    {
        user.Language,
        user.LanguageCode,
        Levels = Levels(ExerciseLevels.Parse(user.Levels)),
        user.TimeZoneId,
        TrainingDays = ((HipKnee.Core.Schedule.TrainingDays)user.TrainingDays).ToString(),
        ReminderTime = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(user.ReminderMinuteOfDay)),
        user.HasSchedule,
        user.RemindersPaused,
        WeeklySummaries = !user.SummariesOff,
        ExercisePictures = !user.PicturesOff,
        user.SessionCount,
        user.CreatedAt,
        user.UpdatedAt,
    };
}
