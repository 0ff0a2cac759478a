using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>Answers a user who has no session running.</summary>
internal static class IdleCoach
{
    public static Decision Decide(UserState state, Input input, DateTimeOffset now, ICoachTexts texts) => input switch
    {
        CommandInput { Name: "start" } => Greet(state, texts),
        CommandInput { Name: "train" } => StartSession(state, now, texts),
        TrainButton => StartSession(state, now, texts).Prepend(new CallbackAnswer(null)),
        CommandInput { Name: "help" } => Decision.Say(state, new TextReply(texts.Help)),
        CommandInput { Name: "stop" } => Decision.Say(state, new TextReply(texts.NothingToStop)),
        CommandInput => Decision.Say(state, new TextReply(texts.UnknownCommand)),
        DoneInput or SkipInput => Decision.Say(state, new TextReply(texts.NoSessionForDone, Prompts.StartButton(texts))),
        ButtonInput => Decision.Say(state, new CallbackAnswer(texts.StaleButton)),
        NonTextInput => NonTextHint.Decide(state, now, texts, []),
        _ => Decision.Say(state, new TextReply(texts.IdleText, Prompts.StartButton(texts))),
    };

    /// <summary>
    /// The greeting, then one question: the red-flag screen before the first session, else the training days
    /// for a user without a schedule, else the offer to start.
    /// </summary>
    private static Decision Greet(UserState state, ICoachTexts texts)
    {
        if (!state.RedFlagsCleared && state.SessionCount == 0)
        {
            return Decision.Say(state, new TextReply(texts.Greeting), SafetyCoach.Screen(texts));
        }

        if (state.HasSchedule)
        {
            return Decision.Say(state, new TextReply(texts.Greeting, Prompts.StartButton(texts)));
        }

        var setup = ScheduleSetup.AskDays(state, texts);
        return new Decision(setup.Next, [new TextReply(texts.Greeting), .. setup.Replies], []);
    }

    /// <summary>A break this long or longer gets a step-back offer on the first session back (detraining; JOSPT 2019 CPG dose guidance).</summary>
    public const int BreakDays = 14;

    private static Decision StartSession(UserState state, DateTimeOffset now, ICoachTexts texts)
    {
        var number = state.SessionCount + 1;
        var session = ActiveSession.Begin(number, now);
        var next = state with { SessionCount = number, Session = session };
        // Never a first set without the red flags: a user who skipped /start sees the list above set 1.
        var lead = number == 1 && !state.RedFlagsCleared
            ? texts.FirstSessionRedFlags + "\n\n" + texts.SessionIntro(number)
            : texts.SessionIntro(number);
        var prompt = Prompts.Set(session, state.Levels, texts, lead);
        var started = new SessionStarted(number, now);
        var away = state.LastStartedDay is { } last ? state.LocalDate(now).DayNumber - last.DayNumber : 0;
        if (away < BreakDays || !state.Levels.CanStepBack)
        {
            return new Decision(next, [prompt], [started]);
        }

        var offered = next with { LevelOffer = LevelOffer.StepBack, LevelOfferExercise = null, LevelOfferedAt = now };
        var offer = new TextReply(texts.BreakStepBackOffer(away / 7),
            [[new ReplyButton(texts.StepBackLabel, ProgressButtons.StepBack), new ReplyButton(texts.KeepLevelLabel, ProgressButtons.KeepLevel)]]);
        return new Decision(offered, [offer, prompt], [started]);
    }
}
