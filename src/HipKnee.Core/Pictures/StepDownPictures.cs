using HipKnee.Core.Routine;
using static HipKnee.Core.Pictures.SideViewKit;

namespace HipKnee.Core.Pictures;

/// <summary>
/// The forward step-down on the left leg: standing on the step's edge, the left knee bends until the right heel
/// touches the floor in front of the step, then straightens.
/// </summary>
internal static class StepDownPictures
{
    private const double ToeAtEdge = -2;
    private static readonly ArmAngles Balance = new(30, 25);
    private static readonly ArmAngles FarArm = new(15, 20);

    public static ExercisePicture Standard { get; } = Build(stepHeight: 20, sink: 65, rail: false);

    /// <summary>The easier variant: a 10 cm step and a hand on a rail.</summary>
    public static ExercisePicture Easier { get; } = Build(stepHeight: 10, sink: 70, rail: true);

    private static ExercisePicture Build(double stepHeight, double sink, bool rail)
    {
        var standing = FlatFoot(ToeAtEdge - BodyProportions.ToeBeforeAnkle - BodyProportions.HeelBehindAnkle, stepHeight);
        var railHand = At(5, 95);
        var onStep = new Contact[] { new(Joint.LeftHeel, Surface.StepTop), new(Joint.LeftToe, Surface.StepTop) };
        var holding = rail ? new Contact[] { new(Joint.LeftHand, Surface.Rail) } : [];
        var startPelvis = At(-21, stepHeight + 91.3);
        var endPelvis = At(-18, stepHeight + sink);
        const double endTrunk = 20;
        var start = Posed(startPelvis, 0, standing, (At(14, stepHeight + 18), 95),
            rail ? HandTo(startPelvis, 0, railHand) : Balance with { Shoulder = 15 }, FarArm);
        var end = Posed(endPelvis, endTrunk, standing, OnHeel(8, 80),
            rail ? HandTo(endPelvis, endTrunk, railHand) : Balance, FarArm);
        return new ExercisePicture(
            new PictureKey(ExerciseId.StepDown, Easier: rail),
            Side.Left,
            [new KeyPose(start, [.. onStep, .. holding]), new KeyPose(end, [.. onStep, .. holding, new(Joint.RightHeel, Surface.Floor)])],
            new Props(Step: new StepBox(At(0, 0).X, At(-55, 0).X, stepHeight), Rail: rail ? new Handrail(At(-75, 0).X, At(20, 0).X, 95) : null),
            new Movement(Joint.RightHeel, At(14, 0)));
    }
}
