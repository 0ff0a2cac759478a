using System.Globalization;
using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts : IAppTexts
{
    public string AppTitle => "HipKnee 髋膝训练";
    public string AppThisWeek => "本周";
    public string AppLastWeeks => "最近 12 周";
    public string AppPainTrend => "训练后的膝盖疼痛";
    public string AppLevels => "你的级别";
    public string AppNextReminder => "下次提醒";
    public string AppNoReminder => "暂无计划的提醒";
    public string AppSettings => "设置";
    public string AppTrainingDays => "训练日（选三天）";
    public string AppReminderTime => "提醒时间";
    public string AppTimeZone => "时区";
    public string AppSearchZone => "搜索，例如 Shanghai";
    public string AppPauseReminders => "暂停提醒";
    public string AppPictures => "动作图片";
    public string AppWeeklySummary => "周日总结";
    public string AppLanguage => "语言";
    public string AppSave => "保存";
    public string AppSaved => "已保存 ✓";
    public string AppNoPainYet => "还没有疼痛记录：每次训练后机器人会问你。";
    public string AppPainAxis => "疼痛 0–10";
    public string AppOpenFromTelegram => "请在 Telegram 的 HipKnee 聊天中打开此页面。";
    public string AppUnknownUser => "请先给机器人发送 /start，然后再打开应用。";
    public string AppConflict => "你的设置刚刚在别处被修改了，请再试一次。";
    public string AppTooManyRequests => "请求太频繁，请稍等几秒。";
    public string AppBadRequest => "无法读取这个请求。";
    public string AppZoneFirst => "请先选择时区，这样提醒才会按你的当地时间发送。";
    public string OpenAppLabel => "📊 打开应用";

    public string AppDayStatus(DayStatus status) => status switch
    {
        DayStatus.Completed => "已完成",
        DayStatus.Partial => "部分完成",
        DayStatus.Missed => "错过",
        DayStatus.Rest => "休息日",
        DayStatus.Upcoming => "待训练",
        _ => "尚未开始",
    };

    public string AppWeekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };

    public string AppWeekProgress(int done, int goal) => $"本周完成 {done} / {goal} 次训练";

    public string AppLevel(int level, int levels) => $"第 {level} 级，共 {levels} 级";

    public string AppPainTrendLine(PainTrend trend) => trend switch
    {
        PainTrend.Rising => "最近两周在上升",
        PainTrend.Falling => "最近两周在下降",
        PainTrend.Steady => "最近两周保持平稳",
        _ => "记录还不够，暂时看不出趋势",
    };

    public string AppMoveUpRule(int weeks, int maxPain) =>
        $"升级条件：连续 {weeks} 周每周完成 3 次训练，且训练后膝盖疼痛不超过 {maxPain}/10。";

    public string AppAtTopLevel => "已达到最高级别：继续保持，维持力量。";

    public string AppReminderAt(DateTimeOffset nextLocal) =>
        string.Create(CultureInfo.InvariantCulture, $"{nextLocal:M月d日} {AppWeekday(nextLocal.DayOfWeek)} {nextLocal:HH:mm}");

    public string AppScheduleChanged(TrainingDays days, TimeOnly time) => $"已在应用中修改训练计划：{DaysLabel(days)} {Clock(time)}";

    public string AppZoneChanged(string zone) => $"已在应用中修改时区：{ZoneLabel(zone)}";

    public string AppRemindersChanged(bool paused) => paused ? "已在应用中暂停提醒。" : "已在应用中恢复提醒。";

    public string AppPicturesChanged(bool on) => on ? "已在应用中开启动作图片。" : "已在应用中关闭动作图片。";

    public string AppSummaryChanged(bool on) => on ? "已在应用中开启周日总结。" : "已在应用中关闭周日总结。";

    public string AppLanguageChanged => "已在应用中将语言改为简体中文。";
}
