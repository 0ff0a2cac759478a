using HipKnee.Core.Routine;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// The red-flag screen before the first session, "stopped or skipped because of knee pain?", and which exercise hurt.
/// Works with or without a session running.
/// </summary>
internal static class SafetyCoach
{
    /// <summary>A red-flag, pain-reason, which-hurt or next-morning button; the last two come here only while their question is open.</summary>
    public static Decision Press(UserState state, ButtonInput button, DateTimeOffset now, ICoachTexts texts) => button switch
    {
        RedFlagButton { NoneApply: true } => Cleared(state, texts).Prepend(new CallbackAnswer(null)),
        RedFlagButton => Decision.Say(state, new CallbackAnswer(null), new TextReply(texts.RedFlagAdvice)),
        HurtButton hurt => Hurt(state, hurt.Exercise, now, texts),
        MorningButton morning => MorningCheck.Answer(state, morning.Answer, morning.Day, now, texts),
        _ => PainCoach.Ask(state, texts, forSession: true).Prepend(new CallbackAnswer(null)),
    };

    /// <summary>The red-flag screen: a list of reasons to see a clinician first, and one tap to go on.</summary>
    public static TextReply Screen(ICoachTexts texts) => new(texts.RedFlagScreen,
        [[new ReplyButton(texts.RedFlagsNoneLabel, SafetyButtons.RedFlagsNone)], [new ReplyButton(texts.RedFlagsOneLabel, SafetyButtons.RedFlagsOne)]]);

    /// <summary>Cleared: a user without a schedule is asked for one next (one question at a time), anyone else may start.</summary>
    private static Decision Cleared(UserState state, ICoachTexts texts)
    {
        var cleared = state with { RedFlagsCleared = true };
        return cleared.HasSchedule || cleared.Session is not null
            ? Decision.Say(cleared, new TextReply(texts.IdleText, cleared.Session is null ? Prompts.StartButton(texts) : []))
            : ScheduleSetup.AskDays(cleared, texts);
    }

    /// <summary>
    /// The exercise named as hurting gets one level easier next time and is remembered for the next-morning check
    /// (pain-monitoring model, Silbernagel 2007: reduce the load of the exercise that provokes pain, keep the rest).
    /// </summary>
    private static Decision Hurt(UserState state, ExerciseId? exercise, DateTimeOffset now, ICoachTexts texts)
    {
        var asked = state with { HurtQuestionOpen = false, HurtExercise = exercise };
        var recorded = new HurtExerciseNamed(state.SessionCount, exercise, now);
        if (exercise is not { } id)
        {
            return new Decision(asked, [new CallbackAnswer(null), new TextReply(texts.HurtNotSure)], [recorded]);
        }

        var level = state.Levels.Of(id);
        if (level == 0)
        {
            return new Decision(asked, [new CallbackAnswer(null), new TextReply(texts.HurtNotedAtEasiest(texts.ExerciseName(id)))], [recorded]);
        }

        var easier = asked with { Levels = state.Levels.With(id, level - 1), LevelsChangedAt = now, LevelOffer = LevelOffer.None };
        var dose = texts.DoseText(HipRoutine.Find(id).DoseAt(level - 1), id);
        return new Decision(easier, [new CallbackAnswer(null), new TextReply(texts.HurtNoted(texts.ExerciseName(id), dose))], [recorded]);
    }
}
