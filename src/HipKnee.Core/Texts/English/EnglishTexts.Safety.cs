using HipKnee.Core.Conversation;

namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts
{
    public string RedFlagList =>
        "• swelling of the knee\n" +
        "• the knee locks or catches\n" +
        "• the knee gives way\n" +
        "• the pain began with a fall, a twist or a blow\n" +
        "• you can't put your full weight on the leg\n" +
        "• a hot or red knee, or a fever";

    public string RedFlagScreen =>
        "Before your first session, a quick check. Do any of these apply to you?\n" + RedFlagList + "\n\n" +
        "This routine is for pain around or behind the kneecap, and for preventing it. It is not a diagnosis.";

    public string RedFlagsNoneLabel => "None of these — let's go";
    public string RedFlagsOneLabel => "I have one of these";

    public string RedFlagAdvice =>
        "Then please have your knee checked by a physiotherapist or a sports-medicine doctor before you train with me: " +
        "these signs need a proper look first, and the exercises can wait. Once you've been checked, type /start and we'll carry on.";

    public string FirstSessionRedFlags =>
        "Before you start: if any of these apply, stop here and have your knee checked by a physiotherapist or doctor first.\n" + RedFlagList;

    public string SessionPartial(int done, int skipped, int needed) =>
        $"Session ended: {Sets(done)} of 8 done, {skipped} skipped. That's a partial session: it counts as completed from {needed} sets done. " +
        "Every set you did still helps.";

    public string StoppedForPainLabel => "Stopped because of knee pain?";
    public string SkippedForPainLabel => "Skipped because of knee pain?";

    public string SkippedTwice(string exercise) =>
        $"You skipped the {Lower(exercise)} two sessions in a row. Did it hurt? If it did, try it one level easier next time.";

    public string EasierVariantLabel(string exercise) => $"Easier {Lower(exercise)}";
    public string NoItDidNotHurtLabel => "No, keep it";
    public string WhichExerciseHurt => "Which exercise hurt the most?";
    public string NotSureLabel => "Not sure";
    public string HurtNoted(string exercise, string dose) => $"Noted. Next time the {Lower(exercise)} is one level easier: {dose}";
    public string HurtNotedAtEasiest(string exercise) =>
        $"Noted. The {Lower(exercise)} is already at its easiest: do it only as far as it stays pain-free, or leave it out for now.";

    public string HurtNotSure => "Noted. If it happens again, notice which exercise it is; /level makes any of them easier.";

    public string ModeratePainAdvice =>
        "For pain of 5–6: next time, work in a smaller range (go less deep), rest a day before training again, " +
        "and see a physiotherapist or doctor if it doesn't settle within a few days.";

    public string BreakStepBackOffer(int weeks) =>
        $"Welcome back! It's been {weeks} weeks since your last session. After a break, stepping back one level for the first session back is kinder to your knees. Step back?";

    public string LevelJumpQuestion(int level) =>
        $"That jumps some exercises up more than one level at once. One level at a time is safer for your knees. Set every exercise to level {level} anyway?";

    public string LevelJumpYesLabel(int level) => $"Yes, level {level}";

    public string MaintenancePhase =>
        "You're at the top level of every exercise 💪 Now it's about keeping it: stay with the routine; two sessions a week are enough to hold on to your strength.";

    public string MoveUpOfferFor(string exercise, string dose) =>
        $"Two weeks with every session done and little pain: great work! 💪 Ready to move the {Lower(exercise)} up a level? Next level: {dose}";

    public string MovedUpTo(string exercise, string dose) => $"{exercise} moved up a level 🎉 Now: {dose}";

    public string MorningQuestion => "Good morning! How is your knee this morning, compared with usual?";

    public string MorningLabel(MorningAnswer answer) => answer switch
    {
        MorningAnswer.Better => "Better",
        MorningAnswer.Same => "Same as usual",
        _ => "Worse",
    };

    public string MorningBetter => "Great: the training suits your knee. Keep going.";
    public string MorningSame => "Good: pain that settles by the next morning means the load is fine.";

    public string MorningWorse(IReadOnlyList<string> steppedBack) =>
        $"Thanks for telling me. Pain that is worse the next morning means the last session was a bit too much, so your next session steps back: {string.Join(", ", steppedBack)}.";

    public string MorningWorseAtEasiest =>
        "Thanks for telling me. You're already at the easiest level: next session, go only as deep as is pain-free, and see a physiotherapist or doctor if it keeps happening.";

    public string MorningPassed => "That question has passed.";

    private static string Lower(string exercise) => exercise.ToLowerInvariant();
}
