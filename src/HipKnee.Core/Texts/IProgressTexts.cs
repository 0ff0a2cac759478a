using HipKnee.Core.Progress;

namespace HipKnee.Core.Texts;

/// <summary>What the coach says about knee pain, levels and progress.</summary>
public interface IProgressTexts
{
    string PainQuestion { get; }
    string PainUsage { get; }
    string PainAlreadyNoted { get; }
    string PainNoted(int score, DateOnly day);
    string EffortVersusJointPain { get; }
    string SeverePainAdvice { get; }
    string RisingPainAdvice { get; }
    string BeginnerVariantsOn { get; }
    string StepBackOffer { get; }
    string StepBackLabel { get; }
    string KeepLevelLabel { get; }
    string MoveUpOffer { get; }
    string MoveUpLabel { get; }
    string NotYetLabel { get; }
    string LevelUsage { get; }
    string LevelsOverview(IReadOnlyList<string> lines);
    string LevelLine(string exercise, int level, int levels, string dose);
    string LevelsSaved { get; }
    string MovedUp { get; }
    string SteppedBack { get; }
    string LevelKept { get; }
    string OfferPassed { get; }
    string AllBeginnerLabel { get; }
    string NoStatsYet { get; }
    string Stats(ProgressReport report);
    string ChartTitle { get; }
    string ChartSessionsLabel { get; }
    string ChartPainLabel { get; }
    string WeekLabel(DateOnly weekStart);
}
