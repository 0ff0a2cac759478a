using System.Globalization;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts : ICoachTexts
{
    public string Greeting =>
        "Hi! I'm HipKnee, your hip-strength coach. 🏃\n\n" +
        "Four hip and knee exercises, three times a week, for runners with pain around or behind the kneecap, or to help prevent it. " +
        "Hip and knee strengthening is one of the best-supported measures for this kind of knee pain, and most runners improve over 6–8 weeks " +
        "alongside sensible running load. It isn't guaranteed, and I can't diagnose your knee. " +
        "I'll walk you through each set; reply done after each one.\n\n" +
        "Safety first: stop an exercise if you feel sharp pain, and see a physiotherapist or doctor if knee pain lasts.";

    public string Help =>
        "Here's what I understand:\n" +
        "/train or start — begin today's session (or pick up where you left off)\n" +
        "done — finish the current set (also d, ✅, 👍)\n" +
        "skip — skip the current set\n" +
        "/stop — end the session early; your progress is kept\n" +
        "/pain 3 — note your knee pain from 0 to 10\n" +
        "/level — see and change your level in each exercise\n" +
        "/stats — sessions, streak, adherence and a chart\n" +
        "/schedule — your training days and reminder time (e.g. /schedule mon wed fri 07:30)\n" +
        "/timezone — your time zone (e.g. /timezone Europe/Berlin)\n" +
        "/pause, /resume — stop and restart reminders\n" +
        "/summary — turn the Sunday summary back on\n" +
        "/language — English or 简体中文\n" +
        "/pictures off, /pictures on — stop or restart the exercise pictures\n" +
        "/export — your data as JSON and CSV files\n" +
        "/deletemydata — erase everything I store about you\n" +
        "/start — introduction and safety note\n" +
        "/help — this list";

    public string NoSessionForDone => "No session is running right now. Type /train (or tap Start session) to begin one.";
    public string NothingToStop => "There's no session running, so nothing to stop. Type /train when you're ready.";
    public string IdleText => "I'm your hip-strength coach. Type /train to start a session, or /help to see what I can do.";
    public string UnknownCommand => "I don't know that command. /help lists what I can do.";
    public string ResumeSession => "Picking up where you left off:";
    public string InSessionHint => "I didn't catch that. Reply done when you've finished this set, or skip to move on.";
    public string StaleButton => "That set is already behind you.";
    public string NonTextHint => "I understand text and buttons only. Type /help to see what I can do.";
    public string DoneLabel => "✅ Done";
    public string SkipLabel => "Skip";
    public string StartLabel => "Start session";
    public string SetFooter => "Reply done when finished, or skip.";

    public string ExerciseName(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => "Forward lunge",
        ExerciseId.SidePlank => "Side plank",
        ExerciseId.SingleLegBridge => "Single-leg bridge",
        _ => "Step-down",
    };

    public IReadOnlyList<string> Cues(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge =>
        [
            "Take a normal step forward and land heel first",
            "Go only as deep as is pain-free, at most until both knees are bent to 90°",
            "Keep the front knee over the middle of your foot, not caving in",
            "Keep your torso upright",
        ],
        ExerciseId.SidePlank => ["Lie on your lower side, forearm on the floor, elbow under the shoulder", "Keep your body in one straight line", "Lift your hips and keep them up"],
        ExerciseId.SingleLegBridge => ["Lie on your back, the working foot flat on the floor, the other ankle crossed over that knee", "Push through the planted heel and lift your hips", "Hold at the top, hips level"],
        _ =>
        [
            "Stand on the step, toes pointing straight ahead, hips level, the other leg straight",
            "Slowly lower the other heel towards the floor, only as far as is pain-free",
            "Keep the standing knee over the middle of your foot, not caving in, then rise back up",
        ],
    };

    public string BeginnerVariant(ExerciseId id) => "Too hard? Easier: " + Variant(id) + " (/level)";

    public string BeginnerVariantNote(ExerciseId id) => "Beginner variant: " + Variant(id);

    private static string Variant(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => "a normal step, sink only as far as is comfortable, a hand on a wall for balance",
        ExerciseId.SidePlank => "keep your knees bent and on the floor",
        ExerciseId.SingleLegBridge => "keep both feet on the floor",
        _ => "use a lower step and hold a rail",
    };

    public string DoseText(Dose dose, ExerciseId id) => dose switch
    {
        { IsHold: true, Reps: 1 } => $"Hold {dose.HoldSeconds} s.",
        { IsHold: true } => $"{dose.Reps} lifts, hold each {dose.HoldSeconds} s, rest {Dose.RestBetweenHoldsSeconds} s between.",
        { StepHeightCm: > 0 } => (dose.Rounds > 1 ? $"{dose.Rounds} × {dose.Reps}" : $"{dose.Reps}") + $" reps from a {dose.StepHeightCm} cm step" +
            (dose.LowerSeconds > 0 ? $", lowering slowly over {dose.LowerSeconds} s" : "") + (dose.Rounds > 1 ? ", with a short rest between rounds." : "."),
        _ => $"{dose.Reps} reps.",
    };

    /// <summary>Names the working leg, so "left" can't be read as the other one.</summary>
    public string SideText(ExerciseId id, Side side)
    {
        var which = side == Side.Left ? "left" : "right";
        return id switch
        {
            ExerciseId.ForwardLunge => $"{which} leg in front",
            ExerciseId.SidePlank => $"{which} side down, on your {which} forearm",
            ExerciseId.SingleLegBridge => $"{which} leg working, foot on the floor",
            _ => $"{which} leg on the step",
        };
    }

    public string SessionIntro(int number) =>
        number == 1 ? "Your first session — eight sets, about 15 minutes. Let's go! 💪" : $"Session {number} — eight sets. Let's go! 💪";

    public string SetHeader(int index, int count, string exercise, string side) => $"Set {index} of {count} · {exercise}, {side}";

    public string SessionComplete(int done, int skipped, TimeSpan took, DateOnly next, DateOnly today, TimeOnly? reminderAt) =>
        $"Session complete 🎉\n{Sets(done)} done, {skipped} skipped, in {Duration(took)}.\nNext session: {Day(next, today)}" +
        (reminderAt is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"; I'll remind you at {at:HH:mm}.")
            : ". Want a reminder? /schedule sets your days and time.");

    public string SessionStopped(int done, int skipped) =>
        $"Session stopped: {Sets(done)} done, {skipped} skipped. Your progress is saved. Type /train for a fresh session.";

    public string StaleSessionClosed(int done, int skipped) =>
        $"Your last session was left unfinished for over 12 hours, so I closed it as partial ({Sets(done)} done, {skipped} skipped). Want to start a fresh one?";

    private static string Sets(int count) => count == 1 ? "1 set" : $"{count} sets";

    private static string Duration(TimeSpan took)
    {
        var minutes = Math.Max(1, (int)Math.Round(took.TotalMinutes));
        return minutes < 60 ? $"{minutes} min" : $"{minutes / 60} h {minutes % 60} min";
    }

    private static string Day(DateOnly next, DateOnly today) =>
        next == today.AddDays(1)
            ? string.Create(CultureInfo.InvariantCulture, $"tomorrow ({next:ddd d MMM})")
            : string.Create(CultureInfo.InvariantCulture, $"{next:dddd d MMM}");

    public string PrivateChatOnly =>
        "Hi! I coach one runner at a time, in a private chat. Tap my name and send /start there — I'll stay quiet here.";

    public string SlowDown => "That's a lot of messages at once — I'll skip some until you slow down a little.";

    public string WelcomeBack => "Welcome back! 👋 Your progress is just as you left it. Type /train when you're ready.";
}
