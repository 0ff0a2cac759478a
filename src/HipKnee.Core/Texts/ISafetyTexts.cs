using HipKnee.Core.Conversation;

namespace HipKnee.Core.Texts;

/// <summary>The red-flag screen, the partial-session note and the pain follow-ups (which exercise hurt, why a set was skipped).</summary>
public interface ISafetyTexts
{
    /// <summary>The reasons to see a clinician before training, as a bulleted list.</summary>
    string RedFlagList { get; }

    string RedFlagScreen { get; }
    string RedFlagsNoneLabel { get; }
    string RedFlagsOneLabel { get; }
    string RedFlagAdvice { get; }

    /// <summary>The list again, above the first set, for a user who went straight to /train without the screen.</summary>
    string FirstSessionRedFlags { get; }

    string SessionPartial(int done, int skipped, int needed);
    string StoppedForPainLabel { get; }
    string SkippedForPainLabel { get; }
    string SkippedTwice(string exercise);
    string EasierVariantLabel(string exercise);
    string NoItDidNotHurtLabel { get; }
    string WhichExerciseHurt { get; }
    string NotSureLabel { get; }
    string HurtNoted(string exercise, string dose);
    string HurtNotedAtEasiest(string exercise);
    string HurtNotSure { get; }
    string ModeratePainAdvice { get; }
    string BreakStepBackOffer(int weeks);
    string LevelJumpQuestion(int level);
    string LevelJumpYesLabel(int level);
    string MaintenancePhase { get; }
    string MoveUpOfferFor(string exercise, string dose);
    string MovedUpTo(string exercise, string dose);
    string MorningQuestion { get; }
    string MorningLabel(MorningAnswer answer);
    string MorningBetter { get; }
    string MorningSame { get; }
    string MorningWorse(IReadOnlyList<string> steppedBack);
    string MorningWorseAtEasiest { get; }
    string MorningPassed { get; }
}
