using HipKnee.Core.Routine;

namespace HipKnee.Core.Texts;

/// <summary>简体中文: every sentence of the coach in Simplified Chinese.</summary>
public sealed partial class ChineseTexts : ICoachTexts
{
    public string Greeting =>
        "你好！我是 HipKnee，你的髋部力量教练。🏃\n\n" +
        "四个髋部和膝部力量动作，每周练三次，适合髌骨周围或后方疼痛的跑者，也可以用来预防这类疼痛。" +
        "髋部和膝部力量训练是这类膝痛证据最充分的方法之一；配合合理的跑量，大多数跑者 6–8 周内会有改善。" +
        "但效果并不能保证，我也无法诊断你的膝盖。" +
        "我会带你做完每一组，每做完一组就回复“完成”（或 done）。\n\n" +
        "安全第一：出现锐痛就停止该动作；膝盖疼痛持续不缓解，请去看康复治疗师或运动医学科医生。";

    public string Help =>
        "我能听懂这些指令：\n" +
        "/train 或 start — 开始今天的训练（或从上次中断处继续）\n" +
        "完成 — 这一组做完了（也可以输入 done、d、✅、👍）\n" +
        "跳过 — 跳过当前这一组（也可以输入 skip）\n" +
        "/stop — 提前结束训练；进度会保留\n" +
        "/pain 3 — 记录膝盖疼痛评分（0–10）\n" +
        "/level — 查看和调整每个动作的级别\n" +
        "/stats — 训练次数、连续达标周数、完成率和图表\n" +
        "/schedule — 训练日和提醒时间（例如 /schedule 周一 周三 周五 07:30）\n" +
        "/timezone — 你的时区（例如 /timezone Asia/Shanghai）\n" +
        "/pause、/resume — 暂停和恢复提醒\n" +
        "/summary — 重新开启周日的每周总结\n" +
        "/language — English 或 简体中文\n" +
        "/pictures off、/pictures on — 关闭或重新开启动作示意图\n" +
        "/export — 以 JSON 和 CSV 文件导出你的数据\n" +
        "/deletemydata — 删除你的全部数据\n" +
        "/start — 介绍和安全提示\n" +
        "/help — 显示这份列表";

    public string NoSessionForDone => "现在没有正在进行的训练。输入 /train（或点击“开始训练”）就可以开始。";
    public string NothingToStop => "现在没有正在进行的训练，不需要停止。准备好了就输入 /train。";
    public string IdleText => "我是你的髋部力量教练。输入 /train 开始训练，或输入 /help 查看我能做什么。";
    public string UnknownCommand => "没有这个命令。输入 /help 查看我能做什么。";
    public string ResumeSession => "从上次中断的地方继续：";
    public string InSessionHint => "我没听懂。做完这一组请回复“完成”，想跳过请回复“跳过”。";
    public string StaleButton => "这一组已经结束了。";
    public string NonTextHint => "我只能看懂文字消息和按钮。输入 /help 查看我能做什么。";
    public string DoneLabel => "✅ 完成";
    public string SkipLabel => "跳过";
    public string StartLabel => "开始训练";
    public string SetFooter => "做完后回复“完成”，或回复“跳过”。";

    public string ExerciseName(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => "弓步蹲",
        ExerciseId.SidePlank => "侧平板支撑",
        ExerciseId.SingleLegBridge => "单腿臀桥",
        _ => "单腿下台阶",
    };

    public IReadOnlyList<string> Cues(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => ["正常步幅向前迈一步，脚跟先着地", "只蹲到不疼的深度，最深到双膝弯曲约 90°", "前膝对准脚掌中间，不要向内扣", "上身保持直立"],
        ExerciseId.SidePlank => ["侧躺，下方前臂撑地，肘部位于肩膀正下方", "身体呈一条直线", "抬起髋部并保持住"],
        ExerciseId.SingleLegBridge => ["仰卧，发力的脚平踩地面，另一侧脚踝搭在这侧膝盖上", "踩地的脚跟发力，抬起髋部", "在最高点停住，髋部保持水平"],
        _ => ["站在台阶上，脚尖朝正前方，骨盆放平，另一条腿伸直", "另一只脚的脚跟慢慢向地面下放，只下到不疼的幅度", "支撑腿的膝盖对准脚掌中间，不要向内扣，然后站回原位"],
    };

    public string BeginnerVariant(ExerciseId id) => "太难了？简化版：" + Variant(id) + "（/level）";

    public string BeginnerVariantNote(ExerciseId id) => "简化版：" + Variant(id);

    public string DoseText(Dose dose, ExerciseId id) => dose switch
    {
        { IsHold: true, Reps: 1 } => $"保持 {dose.HoldSeconds} 秒。",
        { IsHold: true } => $"抬起 {dose.Reps} 次，每次保持 {dose.HoldSeconds} 秒，每次之间休息 {Dose.RestBetweenHoldsSeconds} 秒。",
        { StepHeightCm: > 0 } => $"在 {dose.StepHeightCm} 厘米高的台阶上" + (dose.Rounds > 1 ? $"做 {dose.Rounds} 轮，每轮 {dose.Reps} 次" : $"做 {dose.Reps} 次") +
            (dose.LowerSeconds > 0 ? $"，每次用 {dose.LowerSeconds} 秒慢慢下放" : "") + (dose.Rounds > 1 ? "，每轮之间稍作休息。" : "。"),
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
        number == 1 ? "这是你的第一次训练：共 8 组，大约 15 分钟。开始吧！💪" : $"第 {number} 次训练：共 8 组。开始吧！💪";

    public string SetHeader(int index, int count, string exercise, string side) => $"第 {index} 组，共 {count} 组 · {exercise}，{side}";

    public string SessionComplete(int done, int skipped, TimeSpan took, DateOnly next, DateOnly today, TimeOnly? reminderAt) =>
        $"训练完成 🎉\n完成 {done} 组，跳过 {skipped} 组，用时 {Duration(took)}。\n下次训练：{Day(next, today)}" +
        (reminderAt is { } at ? $"；我会在 {Clock(at)} 提醒你。" : "。需要提醒吗？用 /schedule 设置训练日和提醒时间。");

    public string SessionStopped(int done, int skipped) =>
        $"训练已停止：完成 {done} 组，跳过 {skipped} 组。进度已保存。输入 /train 开始新的训练。";

    public string StaleSessionClosed(int done, int skipped) =>
        $"你上次的训练超过 12 小时未完成，我已把它记为部分完成（完成 {done} 组，跳过 {skipped} 组）。要开始新的训练吗？";

    public string PrivateChatOnly => "你好！我只在私聊中一对一指导跑者。点击我的名字，在私聊里发送 /start；在这里我就不说话了。";
    public string SlowDown => "消息一下子太多了。在你发慢一点之前，我会先跳过一部分。";
    public string WelcomeBack => "欢迎回来！👋 你的进度都还在。准备好后输入 /train。";

    private static string Variant(ExerciseId id) => id switch
    {
        ExerciseId.ForwardLunge => "正常步幅，只蹲到舒服的深度，一只手扶墙保持平衡",
        ExerciseId.SidePlank => "屈膝，膝盖着地",
        ExerciseId.SingleLegBridge => "双脚踩地",
        _ => "换矮一点的台阶，手扶栏杆",
    };

    private static string Duration(TimeSpan took)
    {
        var minutes = Math.Max(1, (int)Math.Round(took.TotalMinutes));
        return minutes < 60 ? $"{minutes} 分钟" : $"{minutes / 60} 小时 {minutes % 60} 分钟";
    }

    private string Day(DateOnly next, DateOnly today) => next == today.AddDays(1) ? $"明天（{Date(next)}）" : Date(next);
}
