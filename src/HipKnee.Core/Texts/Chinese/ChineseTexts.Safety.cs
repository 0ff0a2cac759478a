using HipKnee.Core.Conversation;

namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts
{
    public string RedFlagList =>
        "• 膝盖肿胀\n" +
        "• 膝盖有卡住或交锁的感觉\n" +
        "• 膝盖突然发软、打软腿\n" +
        "• 疼痛是摔倒、扭伤或撞击后开始的\n" +
        "• 这条腿无法完全承重\n" +
        "• 膝盖发热或发红，或者你在发烧";

    public string RedFlagScreen =>
        "第一次训练前，先快速确认一下：你有下面这些情况吗？\n" + RedFlagList + "\n\n" +
        "这套训练适用于髌骨周围或髌骨后方的疼痛，以及预防这类疼痛。它不能代替诊断。";

    public string RedFlagsNoneLabel => "都没有，开始吧";
    public string RedFlagsOneLabel => "我有其中一种";

    public string RedFlagAdvice =>
        "那请先找康复治疗师或运动医学科医生检查膝盖，再跟我训练：这些情况需要先查清楚，训练可以往后放。" +
        "检查完后输入 /start，我们再继续。";

    public string FirstSessionRedFlags =>
        "开始之前：如果有下面任何一种情况，请先停下来，找康复治疗师或运动医学科医生检查膝盖。\n" + RedFlagList;

    public string SessionPartial(int done, int skipped, int needed) =>
        $"训练结束：8 组中完成 {done} 组，跳过 {skipped} 组。这次算部分完成：至少完成 {needed} 组才算一次完整训练。做过的每一组都有帮助。";

    public string StoppedForPainLabel => "因为膝盖疼才停的？";
    public string SkippedForPainLabel => "因为膝盖疼才跳过的？";

    public string SkippedTwice(string exercise) =>
        $"你连续两次训练都跳过了{exercise}。是因为疼吗？如果是，下次试试降一级。";

    public string EasierVariantLabel(string exercise) => $"{exercise}降一级";
    public string NoItDidNotHurtLabel => "不疼，保持不变";
    public string WhichExerciseHurt => "哪个动作最疼？";
    public string NotSureLabel => "不确定";
    public string HurtNoted(string exercise, string dose) => $"记下了。下次{exercise}降一级：{dose}";
    public string HurtNotedAtEasiest(string exercise) => $"记下了。{exercise}已经是最低级别：只做到不疼的幅度，或者暂时不做。";
    public string HurtNotSure => "记下了。如果再疼，留意一下是哪个动作；用 /level 可以把任何动作调简单。";

    public string ModeratePainAdvice =>
        "疼痛在 5–6 分：下次把动作幅度做小一些（蹲浅一点），休息一天再练；如果几天内没有缓解，请去看康复治疗师或运动医学科医生。";

    public string BreakStepBackOffer(int weeks) =>
        $"欢迎回来！距离上次训练已经 {weeks} 周了。停练一段时间后，回来的第一次训练先降一级，对膝盖更稳妥。要降一级吗？";

    public string LevelJumpQuestion(int level) =>
        $"这样会让某些动作一下子提高不止一级。一次只升一级对膝盖更安全。还是要把所有动作都设为第 {level} 级吗？";

    public string LevelJumpYesLabel(int level) => $"是，设为第 {level} 级";

    public string MaintenancePhase =>
        "每个动作你都已练到最高级别 💪 接下来的目标是保持：继续坚持这套训练，每周练两次就足以保持力量。";

    public string MoveUpOfferFor(string exercise, string dose) =>
        $"连续两周每次训练都完成了，疼痛也很轻：做得好！💪 {exercise}准备好升一级了吗？下一级：{dose}";

    public string MovedUpTo(string exercise, string dose) => $"{exercise}已升一级 🎉 现在：{dose}";

    public string MorningQuestion => "早上好！和平时比，今天早上膝盖感觉怎么样？";

    public string MorningLabel(MorningAnswer answer) => answer switch
    {
        MorningAnswer.Better => "更好",
        MorningAnswer.Same => "和平时一样",
        _ => "更差",
    };

    public string MorningBetter => "太好了：说明这个训练量适合你的膝盖，继续保持。";
    public string MorningSame => "很好：疼痛到第二天早上能缓解，说明训练量合适。";

    public string MorningWorse(IReadOnlyList<string> steppedBack) =>
        $"谢谢你告诉我。第二天早上疼得更厉害，说明上次训练有点过量，所以下次训练会降一级：{string.Join("、", steppedBack)}。";

    public string MorningWorseAtEasiest =>
        "谢谢你告诉我。你已经在最低级别了：下次训练只做到不疼的幅度；如果反复出现，请去看康复治疗师或运动医学科医生。";

    public string MorningPassed => "这个问题已经过期了。";
}
