using HipKnee.Core.Routine;

namespace HipKnee.Core.Conversation;

/// <summary>Payloads of the safety buttons (encoded by <see cref="CallbackData"/>): red flags, pain reason, which hurt, next morning.</summary>
public static class SafetyButtons
{
    public static readonly string RedFlagsNone = CallbackData.Of(new RedFlagButton(NoneApply: true));
    public static readonly string RedFlagsOne = CallbackData.Of(new RedFlagButton(NoneApply: false));
    public static readonly string PainReason = CallbackData.Of(new PainReasonButton());

    public static string Hurt(ExerciseId? exercise) => CallbackData.Of(new HurtButton(exercise));

    public static string Morning(MorningAnswer answer, DateOnly day) => CallbackData.Of(new MorningButton(answer, day));
}
