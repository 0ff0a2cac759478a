using System.Globalization;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts
{
    public string PainQuestion => "Worst knee pain during today's exercises? Tap 0 (none) to 10 (worst imaginable).";
    public string PainUsage => "Tell me your knee pain from 0 (none) to 10 (worst), like /pain 3, or tap a number.";
    public string PainAlreadyNoted => "Already noted. /pain adds another answer.";

    public string PainNoted(int score, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"Noted: knee pain {score}/10 on {day:ddd d MMM}.");

    public string EffortVersusJointPain =>
        "Normal: muscles that burn, shake or feel tired during and just after the exercises. " +
        "Not normal: sharp or stabbing pain in the knee joint, or pain that is worse the next day. Stop the exercise that causes it.";

    public string SeverePainAdvice =>
        "⚠️ That is a lot of pain. Stop the exercise that hurts and don't push through it. " +
        "Please see a physiotherapist or doctor about your knee: I can't tell what is causing it. See one soon if any of these apply:\n" + RedFlagList;

    public string RisingPainAdvice =>
        "⚠️ Your knee pain has been rising over the last two weeks. Stop any exercise that hurts, " +
        "and please see a physiotherapist or doctor about it: I can't tell what is causing it.";

    public string BeginnerVariantsOn => "I've switched you to the beginner variants of all four exercises. /level changes that when you're ready.";
    public string StepBackOffer => "Pain of 5 or more is a sign to ease off. Step back one level for now?";
    public string StepBackLabel => "Step back";
    public string KeepLevelLabel => "Keep my level";
    public string MoveUpOffer => "Two weeks with every session done and little pain: great work! 💪 Ready to move up a level?";
    public string MoveUpLabel => "Move up";
    public string NotYetLabel => "Not yet";
    public string LevelUsage => "Type /level to choose with buttons, or /level 1 to /level 6 to set every exercise at once (1 is the beginner variant).";

    public string LevelsOverview(IReadOnlyList<string> lines) =>
        "Your levels (1 is the beginner variant):\n" + string.Join("\n", lines) + "\nTap ➖ or ➕ to change one.";

    public string LevelLine(string exercise, int level, int levels, string dose) => $"• {exercise}, level {level} of {levels}. {dose}";
    public string LevelsSaved => "Levels saved.";
    public string MovedUp => "Moved up a level. 🎉";
    public string SteppedBack => "Stepped back a level. Build up again when it feels easy.";
    public string LevelKept => "OK, staying at your level.";
    public string OfferPassed => "That offer has passed.";
    public string AllBeginnerLabel => "Beginner variants for all";
    public string NoStatsYet => "No sessions yet: your stats start with your first one. Tap Start session or type /train.";

    public string Stats(ProgressReport report) =>
        "Your progress 📈\n" +
        $"Sessions completed: {report.Completed}\n" +
        StreakLine(report) +
        $"Adherence: {Percent(report.AdherenceLastFourWeeks)} in the last 4 weeks, {Percent(report.AdherenceAllTime)} all time\n" +
        $"Sets skipped: {Skipped(report.SkippedSets)}\n" +
        $"Knee pain: {Trend(report.PainTrend)}" + (report.LatestPain is { } latest ? $" (latest {latest}/10)" : "");

    public string ChartTitle => "Your training";
    public string ChartSessionsLabel => "Sessions per week";
    public string ChartPainLabel => "Knee pain (0-10)";
    public string WeekLabel(DateOnly weekStart) => weekStart.ToString("d MMM", CultureInfo.InvariantCulture);

    /// <summary>A streak is named only when there is one: "0 weeks" is never the news.</summary>
    private static string StreakLine(ProgressReport report) => report switch
    {
        { CurrentStreak: > 0 } => $"Streak: {Weeks(report.CurrentStreak)} met in a row (best: {Weeks(report.BestStreak)}). A week is met with 3 sessions.\n",
        { BestStreak: > 0 } => $"Best streak: {Weeks(report.BestStreak)} met in a row. A week is met with 3 sessions.\n",
        _ => "",
    };

    private static string Weeks(int count) => count == 1 ? "1 week" : $"{count} weeks";

    private static string Percent(double? share) => share is { } value ? $"{Math.Round(value * 100):0}%" : "n/a";

    private string Skipped(IReadOnlyDictionary<ExerciseId, int> skipped) =>
        skipped.Values.Sum() == 0
            ? "none"
            : string.Join(", ", HipRoutine.Exercises.Where(e => skipped.GetValueOrDefault(e.Id) > 0).Select(e => $"{ExerciseName(e.Id)} {skipped[e.Id]}"));

    private static string Trend(PainTrend trend) => trend switch
    {
        PainTrend.Rising => "rising",
        PainTrend.Falling => "falling",
        PainTrend.Steady => "steady",
        _ => "not enough answers yet",
    };
}
