using HipKnee.Core.Pictures;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts : IPictureTexts
{
    // Short on purpose: the long set wording would run into the legend at the title's right.
    public string PictureTitle(PictureKey key) =>
        ExerciseName(key.Exercise) + (key.Easier ? " (easier)" : "") + " · " + (key.Exercise == ExerciseId.SidePlank ? "left side" : "left leg");

    public string PanelCaption(PictureKey key, int panel) => (key.Exercise, key.Easier, panel) switch
    {
        (ExerciseId.ForwardLunge, false, 0) => "Stand tall",
        (ExerciseId.ForwardLunge, false, _) => "Step forward, lower only as deep as is pain-free",
        (ExerciseId.ForwardLunge, true, 0) => "Normal step, one hand on a wall",
        (ExerciseId.ForwardLunge, true, _) => "Sink only as far as is comfortable",
        (ExerciseId.SidePlank, false, 0) => "On your forearm, elbow under the shoulder",
        (ExerciseId.SidePlank, false, _) => "Lift your hips into one straight line and hold",
        (ExerciseId.SidePlank, true, 0) => "On your forearm, knees bent on the floor",
        (ExerciseId.SidePlank, true, _) => "Lift your hips, knees stay down, and hold",
        (ExerciseId.SingleLegBridge, false, 0) => "On your back, ankle across the other knee",
        (ExerciseId.SingleLegBridge, false, _) => "Push through the heel, lift your hips and hold",
        (ExerciseId.SingleLegBridge, true, 0) => "On your back, both feet on the floor",
        (ExerciseId.SingleLegBridge, true, _) => "Lift your hips level and hold",
        (ExerciseId.StepDown, false, 0) => "Stand on the step, toes straight ahead",
        (ExerciseId.StepDown, false, _) => "Lower the other heel to the floor, then rise",
        (_, true, 0) => "A lower step, one hand on a rail",
        _ => "Touch the heel down lightly, then rise",
    };

    public string WorkingSideLegend(PictureKey key) => key.Exercise == ExerciseId.SidePlank ? "working side" : "working leg";

    public string PicturesOn => "🖼 Pictures are on: each exercise's first set comes with a picture of the movement.";

    public string PicturesOff => "Pictures are off: sets come as text only, to save data. /pictures on brings them back.";

    public string PicturesUsage(bool on) =>
        (on ? "Exercise pictures are on." : "Exercise pictures are off.") + " Use /pictures on or /pictures off.";
}
