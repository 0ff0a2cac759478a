using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts
{
    public string WeeklySummary(DateOnly weekStart, int done, int goal, int streak, PainTrend trend) =>
        $"本周（{WeekLabel(weekStart)}至{WeekLabel(weekStart.AddDays(6))}）：完成 {done} 次，目标 {goal} 次。" +
        (done >= goal ? "本周达标！🎉" : "") +
        $"\n连续达标：{streak} 周。\n膝盖疼痛：{Trend(trend)}。";

    public string BarrierQuestion => "这周是什么阻碍了你？";

    public string BarrierLabel(WeekBarrier barrier) => barrier switch
    {
        WeekBarrier.NoTime => "没时间",
        WeekBarrier.KneePain => "膝盖疼",
        WeekBarrier.Forgot => "忘了",
        WeekBarrier.TravelOrIll => "外出或生病",
        _ => "其他",
    };

    public string SummaryOffLabel => "不再接收每周总结";
    public string SummariesOn => "每周总结已开启：每周日晚上发送。";
    public string SummariesOff => "每周总结已关闭。输入 /summary 可以重新开启。";

    public string NoTimePlan =>
        "忙碌一周的计划：\n" +
        "• 跑步后趁身体热着马上做，大约 15 分钟。\n" +
        "• 时间紧？每个动作只做第一侧，第二侧点跳过：大约 8 分钟，同样算一次训练。\n" +
        "• 任意三天都算数，不一定要在提醒的那几天。";

    public string KneePainPlan =>
        "膝盖疼的计划：\n" +
        "• 停止任何引起膝盖尖锐疼痛的动作。\n" +
        "• 这一周先用简化版（下面的按钮），并用 /pain 告诉我感觉如何。\n" +
        "• 如果疼痛持续或加重，请去看康复治疗师或运动医学科医生。";

    public string ForgotPlan => "防止忘记的计划：选一个你通常在家且有空的提醒时间。点选一个更晚的时间：";
    public string TravelOrIllPlan => "先好好休息、恢复健康。现在暂停提醒，回来后输入 /resume，然后从一次轻松的训练重新开始。";
    public string OtherBarrierPlan => "每一次训练都算数，哪怕只有一次。计划：这周选一天写进日历，时间不够就每个动作只做第一侧。";
    public string PauseLabel => "暂停提醒";

    public string CatchUp(DateOnly missed, DateOnly today) =>
        $"{WeekdayName(missed.DayOfWeek)}的训练没有完成。没关系：今天（{WeekdayName(today.DayOfWeek)}）是休息日，现在补上，本周仍然算数。目标是每周三次，哪天都可以。";
}
