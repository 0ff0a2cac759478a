using System.Globalization;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts
{
    private static readonly DayOfWeek[] WeekFromMonday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public string SetupDaysPrompt =>
        "来安排你的一周吧。你想在哪三天训练？两次训练之间留一天休息：肌肉正是在休息时变强的。\n" +
        "点选一个组合，或直接输入三天，例如：周一 周三 周五";

    public string SetupTimePrompt(TrainingDays days) => $"训练日：{DaysLabel(days)}。几点提醒你（按你的当地时间）？点击一个时间，或直接输入，例如 07:30。";
    public string SetupZonePrompt => "最后一步：设置你的时区，这样提醒会按你的当地时间发送。点击选择，或输入时区名称，例如 Asia/Shanghai。";

    public string ScheduleSaved(TrainingDays days, TimeOnly time, string zone, DateTimeOffset? nextLocal) =>
        $"设置完成 ✅ {DaysLabel(days)} {Clock(time)}（{zone}）。\n" +
        (nextLocal is { } next ? NextReminderLine(next) : "提醒已暂停；/resume 可以重新开启。") +
        "\n随时可以用 /schedule 修改；/pause 暂停提醒。";

    public string DaysNeedThree => "请正好选择三天，例如：周一 周三 周五";

    public string DaysBackToBack(TrainingDays days) =>
        $"{DaysLabel(days)}中有连续两天。肌肉需要中间休息一天才能变强，所以建议隔天训练，例如周一、周三、周五。仍然保留这几天吗？";

    public string KeptBackToBack => "已按你的要求保留连续的训练日：第二天请练得轻松一些。";
    public string KeepAnywayLabel => "仍然保留";
    public string BadDays => "无法识别这些日期。请从周一到周日中选三天输入，例如：周一 周三 周五";
    public string BadTime => "无法识别这个时间。请用 24 小时制 HH:MM 输入，例如 07:30 或 18:45。";
    public string BadZone => "无法识别这个时区。请输入 IANA 时区名称，例如 Asia/Shanghai、Europe/Berlin 或 America/New_York，或点击按钮。";

    public string ScheduleShow(TrainingDays days, TimeOnly time, string zone, DateTimeOffset? nextLocal, bool paused) =>
        $"你的训练计划：{DaysLabel(days)} {Clock(time)}（{zone}）。" +
        (paused ? "\n提醒已暂停；/resume 可以重新开启。" : nextLocal is { } next ? "\n" + NextReminderLine(next) : "") +
        "\n要修改，请点击下面的按钮，或直接输入，例如 /schedule 周一 周三 周五 07:30";

    public string NoScheduleYet => "你还没有训练计划。";
    public string ChangeScheduleLabel => "修改计划";
    public string TimeZoneSet(string zone, DateTimeOffset? nextLocal) => $"时区已设为 {zone}。" + (nextLocal is { } next ? "\n" + NextReminderLine(next) : "");
    public string TimeZoneShow(string zone) => $"你的时区是 {zone}。要修改，请点击选择，或直接输入，例如 /timezone Asia/Shanghai";
    public string Paused => "提醒已暂停。想恢复时输入 /resume。";
    public string AlreadyPaused => "提醒已经是暂停状态。输入 /resume 重新开启。";
    public string Resumed(DateTimeOffset nextLocal) => $"提醒已恢复。{NextReminderLine(nextLocal)}";
    public string NotPaused(DateTimeOffset? nextLocal) => "提醒已经开启。" + (nextLocal is { } next ? NextReminderLine(next) : "");
    public string NoRemindersToPause => "你还没有设置提醒，可以用 /schedule 设置。";
    public string Reminder => "今天是训练日！🏃 这套髋部训练大约需要 15 分钟。";
    public string FollowUp => "今天还有时间训练吗？哪怕只做几组也对膝盖有帮助。";
    public string StartNowLabel => "现在开始";
    public string SnoozeLabel => "1 小时后";
    public string NotTodayLabel => "今天不练";
    public string Snoozed => "好的，1 小时后再提醒你。";
    public string SnoozeUsed => "今天不再提醒了。准备好了随时输入 /train。";
    public string DaySkipped(DateTimeOffset? nextLocal) => "没问题，好好休息。" + (nextLocal is { } next ? NextReminderLine(next) : "");
    public string ReminderPassed => "这个提醒已经过期了。";

    public string DaysLabel(TrainingDays days) => string.Join("、", WeekFromMonday.Where(day => days.Includes(day)).Select(WeekdayName));

    public string NextReminderLine(DateTimeOffset nextLocal) =>
        $"下次提醒：{Date(DateOnly.FromDateTime(nextLocal.DateTime))} {nextLocal.ToString("HH:mm", CultureInfo.InvariantCulture)}。";

    public string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string WeekdayName(DayOfWeek day) => "周" + "日一二三四五六"[(int)day];

    private static string Date(DateOnly date) => $"{date.Month}月{date.Day}日 {WeekdayName(date.DayOfWeek)}";

    private static readonly Dictionary<string, string> ZoneNames = new(StringComparer.Ordinal)
    {
        ["Asia/Shanghai"] = "北京时间（上海）", ["Asia/Taipei"] = "台北", ["Asia/Hong_Kong"] = "香港", ["Asia/Tokyo"] = "东京",
        ["Asia/Seoul"] = "首尔", ["Asia/Singapore"] = "新加坡", ["Asia/Kolkata"] = "加尔各答", ["Asia/Jakarta"] = "雅加达",
        ["Europe/London"] = "伦敦", ["Europe/Berlin"] = "柏林", ["Europe/Paris"] = "巴黎", ["Europe/Madrid"] = "马德里",
        ["Europe/Rome"] = "罗马", ["Europe/Amsterdam"] = "阿姆斯特丹", ["Europe/Warsaw"] = "华沙", ["Europe/Moscow"] = "莫斯科",
        ["Europe/Kyiv"] = "基辅", ["Europe/Lisbon"] = "里斯本", ["Europe/Istanbul"] = "伊斯坦布尔", ["Europe/Stockholm"] = "斯德哥尔摩",
        ["Europe/Helsinki"] = "赫尔辛基", ["Europe/Prague"] = "布拉格", ["Europe/Athens"] = "雅典",
        ["America/New_York"] = "纽约", ["America/Chicago"] = "芝加哥", ["America/Los_Angeles"] = "洛杉矶",
        ["America/Sao_Paulo"] = "圣保罗", ["Australia/Sydney"] = "悉尼", ["UTC"] = "UTC（协调世界时）",
    };

    public string ZoneLabel(string zoneId) => ZoneNames.GetValueOrDefault(zoneId) ?? zoneId.Replace('_', ' ');
}
