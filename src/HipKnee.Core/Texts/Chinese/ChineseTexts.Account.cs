namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts
{
    public string LanguageName => "简体中文";
    public string LanguageSet => "语言已设为简体中文。输入 /help 查看我能听懂哪些指令。";
    public string LanguagePrompt => "请选择语言：";
    public DayOfWeek FirstDayOfWeek => DayOfWeek.Monday;
    public string ExportCaption => "你的 HipKnee 数据：JSON 文件包含我保存的关于你的全部信息；CSV 文件记录了你的训练、每组情况和疼痛评分，可以用任何电子表格软件打开。";
    public string EraseQuestion => "这会删除你的全部数据：设置、计划、训练、每组记录、疼痛记录、晨间反馈，以及所有待发送的消息。此操作无法撤销。确定全部删除吗？";
    public string EraseYesLabel => "是的，全部删除";
    public string EraseNoLabel => "取消";
    public string EraseExpired => "这个确认已过期。请重新输入 /deletemydata。";
    public string EraseCancelled => "没有删除任何内容。";
    public string Erased => "已完成：你的全部数据都已删除。如果你再给我发消息，一切将从头开始。";

    public IReadOnlyList<KeyValuePair<string, string>> CommandMenu { get; } =
    [
        new("train", "开始或继续今天的训练"),
        new("stop", "提前结束当前训练"),
        new("pain", "记录膝盖疼痛（0–10）"),
        new("stats", "训练次数、连续达标、完成率和图表"),
        new("level", "查看和调整动作级别"),
        new("schedule", "训练日和提醒时间"),
        new("timezone", "提醒使用的时区"),
        new("pause", "暂停提醒"),
        new("resume", "恢复提醒"),
        new("summary", "重新开启每周总结"),
        new("language", "English 或 简体中文"),
        new("pictures", "开启或关闭动作示意图"),
        new("export", "以 JSON 和 CSV 导出你的数据"),
        new("deletemydata", "删除你的全部数据"),
        new("help", "我能听懂哪些指令"),
        new("start", "介绍和安全提示"),
    ];
}
