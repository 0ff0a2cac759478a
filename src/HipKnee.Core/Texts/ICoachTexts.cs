using HipKnee.Core.Routine;

namespace HipKnee.Core.Texts;

/// <summary>Every sentence the coach says, in one language.</summary>
public interface ICoachTexts : IScheduleTexts, IProgressTexts, ICheckInTexts, IAccountTexts, ITimerTexts, ISafetyTexts, IAppTexts
{
    string Greeting { get; }
    string Help { get; }
    string NoSessionForDone { get; }
    string NothingToStop { get; }
    string IdleText { get; }
    string UnknownCommand { get; }
    string ResumeSession { get; }
    string InSessionHint { get; }
    string StaleButton { get; }
    string NonTextHint { get; }
    string DoneLabel { get; }
    string SkipLabel { get; }
    string StartLabel { get; }
    string ExerciseName(ExerciseId id);
    IReadOnlyList<string> Cues(ExerciseId id);
    string BeginnerVariant(ExerciseId id);
    string BeginnerVariantNote(ExerciseId id);
    string DoseText(Dose dose, ExerciseId id);
    string SideText(ExerciseId id, Side side);
    string SessionIntro(int number);
    string SetHeader(int index, int count, string exercise, string side);
    string SetFooter { get; }
    string SessionComplete(int done, int skipped, TimeSpan took, DateOnly next, DateOnly today, TimeOnly? reminderAt);
    string SessionStopped(int done, int skipped);
    string StaleSessionClosed(int done, int skipped);
    string PrivateChatOnly { get; }
    string SlowDown { get; }
    string WelcomeBack { get; }
}
