using HipKnee.Core.Pictures;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts : IPictureTexts
{
    // Short on purpose: the long set wording would run into the legend at the title's right.
    public string PictureTitle(PictureKey key) =>
        ExerciseName(key.Exercise) + (key.Easier ? "（简化版）" : "") + " · " + (key.Exercise == ExerciseId.SidePlank ? "左侧" : "左腿");

    public string PanelCaption(PictureKey key, int panel) => (key.Exercise, key.Easier, panel) switch
    {
        (ExerciseId.ForwardLunge, false, 0) => "站直",
        (ExerciseId.ForwardLunge, false, _) => "向前迈步，只蹲到不疼的深度",
        (ExerciseId.ForwardLunge, true, 0) => "正常步幅，一只手扶墙",
        (ExerciseId.ForwardLunge, true, _) => "下蹲到舒适的深度即可",
        (ExerciseId.SidePlank, false, 0) => "前臂撑地，肘部在肩膀正下方",
        (ExerciseId.SidePlank, false, _) => "抬起臀部，身体呈一条直线，保持",
        (ExerciseId.SidePlank, true, 0) => "前臂撑地，屈膝，膝盖着地",
        (ExerciseId.SidePlank, true, _) => "抬起臀部，膝盖不离地，保持",
        (ExerciseId.SingleLegBridge, false, 0) => "仰卧，一侧脚踝搭在另一侧膝盖上",
        (ExerciseId.SingleLegBridge, false, _) => "脚跟发力，抬起臀部，保持",
        (ExerciseId.SingleLegBridge, true, 0) => "仰卧，双脚着地",
        (ExerciseId.SingleLegBridge, true, _) => "抬起臀部，骨盆保持水平",
        (ExerciseId.StepDown, false, 0) => "站在台阶上，脚尖朝前",
        (ExerciseId.StepDown, false, _) => "另一侧脚跟缓慢触地，再站起",
        (_, true, 0) => "用较低的台阶，一只手扶住扶手",
        _ => "脚跟轻触地面，再站起",
    };

    public string WorkingSideLegend(PictureKey key) => key.Exercise == ExerciseId.SidePlank ? "发力侧" : "发力腿";

    public string PicturesOn => "🖼 图片已开启：每个动作的第一组会附上一张动作示意图。";

    public string PicturesOff => "图片已关闭：训练只发文字，节省流量。发送 /pictures on 可重新开启。";

    public string PicturesUsage(bool on) =>
        (on ? "动作图片已开启。" : "动作图片已关闭。") + "发送 /pictures on 或 /pictures off 切换。";
}
