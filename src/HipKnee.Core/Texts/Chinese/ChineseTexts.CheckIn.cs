using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts
{
    /// <summary>先说做了什么；只有真的连续达标时才提连续周数，不显示“0 周”。</summary>
    public string WeeklySummary(DateOnly weekStart, int done, int goal, int streak, PainTrend trend) =>
        $"本周（{WeekLabel(weekStart)}至{WeekLabel(weekStart.AddDays(6))}）：" +
        (done == 0 ? "这周暂停了训练。" : $"完成了 {done} 次训练" + (done >= goal ? $"，达到每周 {goal} 次的目标 🎉" : $"（计划 {goal} 次）。")) +
        (streak > 1 ? $"\n已连续 {streak} 周达标。" : "") +
        $"\n膝盖疼痛：{Trend(trend)}" + (trend == PainTrend.Falling ? "，训练正在见效。" : "。");

    public string BarrierQuestion => "这周是什么耽误了训练？";

    public string BarrierLabel(WeekBarrier barrier) => barrier switch
    {
        WeekBarrier.NoTime => "没时间",
        WeekBarrier.KneePain => "膝盖疼",
        WeekBarrier.Forgot => "忘了",
        WeekBarrier.TravelOrIll => "外出或生病",
        WeekBarrier.NotSure => "不确定做得对不对",
        WeekBarrier.NoResults => "没看到效果",
        _ => "其他",
    };

    public string SummaryOffLabel => "关闭每周总结";
    public string SummariesOn => "每周总结已开启：每周日晚上发送。";
    public string SummariesOff => "每周总结已关闭。输入 /summary 可以重新开启。";

    public string NoTimePlan =>
        "这周很忙？可以这样安排：\n" +
        "• 跑完步趁身体还热马上做，大约 15 分钟。\n" +
        "• 时间紧？选两个动作，两侧都做；或者四个动作两侧都做、每组少做几次，大约 8 分钟。千万不要只练一侧：两条腿都需要练。" +
        "简短训练不算一次完整训练，但能帮你保持习惯。\n" +
        "• 任意三天都算数，不一定要在提醒的那几天。";

    public string KneePainPlan =>
        "膝盖疼？可以这样做：\n" +
        "• 停止任何引起膝盖锐痛的动作。\n" +
        "• 这周先改用简化版（点下面的按钮），并用 /pain 告诉我感觉如何。\n" +
        "• 如果疼痛持续或加重，请去看康复治疗师或运动医学科医生。";

    public string ForgotPlan => "总是忘记？把提醒设在你通常在家、有空的时间。点选一个更晚的时间：";
    public string TravelOrIllPlan => "先好好休息，身体最重要。现在可以暂停提醒，回来后输入 /resume，再从一次轻松的训练重新开始。";
    public string OtherBarrierPlan => "每次训练都有帮助，哪怕只练一次。建议：这周选一天记在日历上；时间不够，就选两个动作，两侧都做。";

    public string NotSurePlan =>
        "每个动作的要点：\n" +
        "• 弓步蹲和单腿下台阶：膝盖对准脚掌中间，不要向内扣；只蹲到不疼的深度。\n" +
        "• 侧平板支撑：身体呈一条直线，髋部抬起。\n" +
        "• 单腿臀桥：脚跟发力，在最高点时髋部保持水平。\n" +
        "太难、做不标准？每个动作都有简化版（点下面的按钮，或用 /level 单独调整某个动作）。每一组的消息里也会再次提示要点。";

    public string NoResultsPlan(int completed, PainTrend trend) =>
        "力量是慢慢练出来的：配合合理的跑量，大多数跑者坚持规律训练 6–8 周后，膝盖疼痛会减轻。" +
        $"到目前为止你完成了 {completed} 次训练，膝盖疼痛的趋势：{Trend(trend)}。" +
        "继续保持每周三次；如果 8 周后仍没有变化，请去看康复治疗师或运动医学科医生。";
    public string PauseLabel => "暂停提醒";

    public string CatchUp(DateOnly missed, DateOnly today) =>
        $"{WeekdayName(missed.DayOfWeek)}的训练没做成。没关系：今天（{WeekdayName(today.DayOfWeek)}）本来是休息日，现在补上，这周照样算数。目标是每周三次，哪几天都行。";
}
