namespace HipKnee.Bot.Persistence;

/// <summary>One knee-pain answer (0–10), with the user's local date it was given on.</summary>
public sealed class PainEntryRecord
{
    public long Id { get; set; }
    public long ChatId { get; set; }
    public DateTimeOffset At { get; set; }
    public DateOnly LocalDay { get; set; }
    public int Score { get; set; }

    /// <summary>The user's latest session number when answering (0 before the first session).</summary>
    public int SessionNumber { get; set; }

    /// <summary>True for an ad-hoc /pain entry, kept out of the session pain trend (false for rows from before it existed).</summary>
    public bool IsAdHoc { get; set; }

    /// <summary>The exercise the user named as hurting most after this session (<see cref="HipKnee.Core.Routine.ExerciseId"/>), if asked and answered.</summary>
    public int? HurtExercise { get; set; }
}
