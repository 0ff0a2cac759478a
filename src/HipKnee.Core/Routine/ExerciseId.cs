namespace HipKnee.Core.Routine;

public enum ExerciseId
{
    ForwardLunge = 1,
    SidePlank = 2,
    SingleLegBridge = 3,
    StepDown = 4,
}
