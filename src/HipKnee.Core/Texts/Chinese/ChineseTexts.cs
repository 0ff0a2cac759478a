using HipKnee.Core.Routine;

namespace HipKnee.Core.Texts;

/// <summary>简体中文: every sentence of the coach in Simplified Chinese.</summary>
public sealed partial class ChineseTexts : ICoachTexts
{
    public string Greeting =>
        "你好！我是 HipKnee，你的髋部力量教练。🏃\n\n" +
        "四个髋部和膝部动作，每周三次，适合髌骨周围或髌骨后方疼痛的跑者，也可用于预防。" +
        "髋部和膝部力量训练是这类膝痛证据最充分的方法之一；配合合理的跑量，大多数跑者在 6–8 周内会有改善。" +
        "但效果并不能保证，我也无法诊断你的膝盖。" +
        "我会带你完成每一组；每做完一组就回复“完成”（或 done）。\n\n" +
        "安全第一：如果感到尖锐的疼痛，请停止该动作；如果膝盖疼痛持续，请去看康复治疗师或运动医学科医生。";

    public string Help =>
        "我能理解这些：\n" +
        "/train 或 start — 开始今天的训练（或从上次中断处继续）\n" +
        "完成 — 完成当前这一组（也可以输入 done、d、✅、👍）\n" +
        "跳过 — 跳过当前这一组（也可以输入 skip）\n" +
        "/stop — 提前结束训练；进度会保留\n" +
        "/pain 3 — 记录膝盖疼痛，0 到 10\n" +
        "/level — 查看和调整每个动作的级别\n" +
        "/stats — 训练次数、连续达标周数、完成率和图表\n" +
        "/schedule — 训练日和提醒时间（例如 /schedule 周一 周三 周五 07:30）\n" +
        "/timezone — 你的时区（例如 /timezone Asia/Shanghai）\n" +
        "/pause、/resume — 暂停和恢复提醒\n" +
        "/summary — 重新开启每周日的总结\n" +
        "/language — English 或 简体中文\n" +
        "/export — 以 JSON 和 CSV 文件导出你的数据\n" +
        "/deletemydata — 删除你的全部数据\n" +
        "/start — 介绍和安全提示\n" +
        "/help — 显示此列表";

    public string NoSessionForDone => "现在没有进行中的训练。输入 /train（或点击“开始训练”）开始一次。";
    public string NothingToStop => "现在没有进行中的训练，所以无需停止。准备好后输入 /train。";
    public string IdleText => "我是你的髋部力量教练。输入 /train 开始训练，或输入 /help 查看我能做什么。";
    public string UnknownCommand => "我不认识这个命令。/help 会列出我能做的事。";
    public string ResumeSession => "从上次中断的地方继续：";
    public string InSessionHint => "我没听懂。做完这一组请回复“完成”，想跳过请回复“跳过”。";
    public string StaleButton => "这一组已经过去了。";
    public string NonTextHint => "我只能理解文字和按钮。输入 /help 查看我能做什么。";
    public string DoneLabel => "✅ 完成";
    public string SkipLabel => "跳过";
    public string StartLabel => "开始训练";
    public string SetFooter => "完成后回复“完成”，或回复“跳过”。";

    public string ExerciseName(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => "弓步蹲",
        ExerciseId.SidePlank => "侧平板支撑",
        ExerciseId.SingleLegBridge => "单腿臀桥",
        _ => "单腿下台阶",
    };

    public IReadOnlyList<string> Cues(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => ["正常步幅向前迈一步，脚跟先着地", "只蹲到不疼的深度，最多蹲到两侧膝盖约 90°", "前膝对准脚掌中间，不要向内扣", "上身挺直"],
        ExerciseId.SidePlank => ["侧躺，下方前臂撑地，肘部位于肩膀正下方", "身体成一条直线", "把髋部抬起并撑住"],
        ExerciseId.SingleLegBridge => ["仰卧，发力的脚平踩地面，另一侧脚踝搭在这侧膝盖上", "脚跟发力，把髋部抬起", "在最高点停住，髋部保持水平"],
        _ => ["站在台阶上，脚尖朝正前方，骨盆放平，另一条腿伸直", "另一只脚的脚跟慢慢向地面放下，只到不疼的幅度", "支撑腿的膝盖对准脚掌中间，不要向内扣，然后站起"],
    };

    public string BeginnerVariant(ExerciseId id) => "太难了？简化版：" + Variant(id) + "（/level）";

    public string BeginnerVariantNote(ExerciseId id) => "简化版：" + Variant(id);

    public string DoseText(Dose dose, ExerciseId id) => dose switch
    {
        { IsHold: true, Reps: 1 } => $"撑住 {dose.HoldSeconds} 秒。",
        { IsHold: true } => $"抬起 {dose.Reps} 次，每次停住 {dose.HoldSeconds} 秒，中间休息 {Dose.RestBetweenHoldsSeconds} 秒。",
        { StepHeightCm: > 0 } => $"在 {dose.StepHeightCm} 厘米高的台阶上" + (dose.Rounds > 1 ? $"做 {dose.Rounds} 轮，每轮 {dose.Reps} 次" : $"做 {dose.Reps} 次") +
            (dose.LowerSeconds > 0 ? $"，每次用 {dose.LowerSeconds} 秒慢慢下放" : "") + (dose.Rounds > 1 ? "，两轮之间稍作休息。" : "。"),
        _ => $"{dose.Reps} 次。",
    };

    /// <summary>说明发力的是哪条腿，避免把“左”理解成另一侧。</summary>
    public string SideText(ExerciseId id, Side side)
    {
        var which = side == Side.Left ? "左" : "右";
        return id switch
        {
            ExerciseId.ForwardLunge => $"{which}腿在前",
            ExerciseId.SidePlank => $"{which}侧在下，{which}前臂撑地",
            ExerciseId.SingleLegBridge => $"{which}腿发力，{which}脚踩地",
            _ => $"{which}腿站在台阶上",
        };
    }

    public string SessionIntro(int number) =>
        number == 1 ? "你的第一次训练——八组，大约 15 分钟。开始吧！💪" : $"第 {number} 次训练——八组。开始吧！💪";

    public string SetHeader(int index, int count, string exercise, string side) => $"第 {index} 组，共 {count} 组 · {exercise}，{side}";

    public string SessionComplete(int done, int skipped, TimeSpan took, DateOnly next, DateOnly today, TimeOnly? reminderAt) =>
        $"训练完成 🎉\n完成 {done} 组，跳过 {skipped} 组，用时 {Duration(took)}。\n下次训练：{Day(next, today)}" +
        (reminderAt is { } at ? $"；我会在 {Clock(at)} 提醒你。" : "。需要提醒吗？/schedule 可以设置训练日和时间。");

    public string SessionStopped(int done, int skipped) =>
        $"训练已停止：完成 {done} 组，跳过 {skipped} 组。进度已保存。输入 /train 重新开始。";

    public string StaleSessionClosed(int done, int skipped) =>
        $"你上次的训练超过 12 小时未完成，我已把它记为部分完成（完成 {done} 组，跳过 {skipped} 组）。要开始新的一次吗？";

    public string PrivateChatOnly => "你好！我在私聊中一次指导一位跑者。点击我的名字并在那里发送 /start，这里我就不说话了。";
    public string SlowDown => "一下子收到太多消息了，在你放慢一点之前我会跳过一些。";
    public string WelcomeBack => "欢迎回来！👋 你的进度都还在。准备好后输入 /train。";

    private static string Variant(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => "正常步幅，只蹲到舒服的深度，一只手扶墙保持平衡",
        ExerciseId.SidePlank => "膝盖弯曲并着地",
        ExerciseId.SingleLegBridge => "双脚都踩在地上",
        _ => "用更低的台阶，并扶住栏杆",
    };

    private static string Duration(TimeSpan took)
    {
        var minutes = Math.Max(1, (int)Math.Round(took.TotalMinutes));
        return minutes < 60 ? $"{minutes} 分钟" : $"{minutes / 60} 小时 {minutes % 60} 分钟";
    }

    private string Day(DateOnly next, DateOnly today) => next == today.AddDays(1) ? $"明天（{Date(next)}）" : Date(next);
}
