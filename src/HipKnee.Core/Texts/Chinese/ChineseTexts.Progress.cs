using HipKnee.Core.Progress;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts
{
    public string PainQuestion => "今天训练时，膝盖最痛有几分？请点选 0（不痛）到 10（能想象到的最痛）。";
    public string PainUsage => "请告诉我膝盖疼痛评分，0（不痛）到 10（最痛），例如 /pain 3，或直接点击数字。";
    public string PainAlreadyNoted => "已经记下了。/pain 可以再记录一次。";
    public string PainNoted(int score, DateOnly day) => $"已记录：{Date(day)}，膝盖疼痛 {score}/10。";

    public string EffortVersusJointPain =>
        "正常：训练时和刚练完，肌肉有烧灼感、发抖或疲劳。" +
        "不正常：膝关节锐痛或刺痛，或者第二天疼得更厉害。出现这些情况，请停止引起疼痛的动作。";

    public string SeverePainAdvice =>
        "⚠️ 疼痛程度很高。请停止引起疼痛的动作，不要硬撑。请找康复治疗师或运动医学科医生检查一下膝盖：我无法判断疼痛的原因。如果有下面任何一种情况，请尽快就医：\n" + RedFlagList;

    public string RisingPainAdvice =>
        "⚠️ 过去两周你的膝盖疼痛在加重。请停止任何引起疼痛的动作，并找康复治疗师或运动医学科医生检查一下：我无法判断疼痛的原因。";

    public string BeginnerVariantsOn => "我已把四个动作都换成了简化版。准备好后可以用 /level 调整。";
    public string StepBackOffer => "疼痛达到 5 分或以上，说明该放慢节奏了。先降一级吗？";
    public string StepBackLabel => "降一级";
    public string KeepLevelLabel => "保持当前级别";
    public string MoveUpOffer => "连续两周每次训练都完成了，疼痛也很轻：做得好！💪 准备好升一级了吗？";
    public string MoveUpLabel => "升一级";
    public string NotYetLabel => "先不升";
    public string LevelUsage => "输入 /level 用按钮选择，或输入 /level 1 到 /level 6 一次性设置所有动作（1 级为简化版）。";
    public string LevelsOverview(IReadOnlyList<string> lines) => "你的级别（1 级为简化版）：\n" + string.Join("\n", lines) + "\n点击 ➖ 或 ➕ 调整某个动作。";
    public string LevelLine(string exercise, int level, int levels, string dose) => $"• {exercise}：第 {level} 级（共 {levels} 级）。{dose}";
    public string LevelsSaved => "级别已保存。";
    public string MovedUp => "已升一级。🎉";
    public string SteppedBack => "已降一级。等感觉轻松了再逐步加回来。";
    public string LevelKept => "好的，保持当前级别。";
    public string OfferPassed => "这个建议已经过期了。";
    public string AllBeginnerLabel => "全部换成简化版";
    public string NoStatsYet => "还没有训练记录：完成第一次训练后就会开始统计。点击“开始训练”或输入 /train。";

    public string Stats(ProgressReport report) =>
        "你的进展 📈\n" +
        $"完成训练：{report.Completed} 次\n" +
        StreakLine(report) +
        $"完成率：最近 4 周 {Percent(report.AdherenceLastFourWeeks)}，累计 {Percent(report.AdherenceAllTime)}\n" +
        $"跳过的组：{Skipped(report.SkippedSets)}\n" +
        $"膝盖疼痛：{Trend(report.PainTrend)}" + (report.LatestPain is { } latest ? $"（最近一次 {latest}/10）" : "");

    public string ChartTitle => "你的训练";
    public string ChartSessionsLabel => "每周训练次数";
    public string ChartPainLabel => "膝盖疼痛 (0-10)";
    public string WeekLabel(DateOnly weekStart) => $"{weekStart.Month}月{weekStart.Day}日";

    private static string StreakLine(ProgressReport report) => report switch
    {
        { CurrentStreak: > 0 } => $"连续达标：{report.CurrentStreak} 周（最长 {report.BestStreak} 周）。一周完成 3 次即为达标。\n",
        { BestStreak: > 0 } => $"最长连续达标：{report.BestStreak} 周。一周完成 3 次即为达标。\n",
        _ => "",
    };

    private static string Percent(double? share) => share is { } value ? $"{Math.Round(value * 100):0}%" : "暂无";

    private string Skipped(IReadOnlyDictionary<ExerciseId, int> skipped) =>
        skipped.Values.Sum() == 0
            ? "无"
            : string.Join("，", HipRoutine.Exercises.Where(e => skipped.GetValueOrDefault(e.Id) > 0).Select(e => $"{ExerciseName(e.Id)} {skipped[e.Id]} 组"));

    private static string Trend(PainTrend trend) => trend switch
    {
        PainTrend.Rising => "上升",
        PainTrend.Falling => "下降",
        PainTrend.Steady => "平稳",
        _ => "记录还不够",
    };
}
