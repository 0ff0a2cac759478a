using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>Answers a user who has no session running.</summary>
internal static class IdleCoach
{
    public static Decision Decide(UserState state, Input input, DateTimeOffset now, ICoachTexts texts) => input switch
    {
        CommandInput { Name: "start" } => Greet(state, texts),
        CommandInput { Name: "train" } => StartSession(state, now, texts),
        ButtonInput { Data: CallbackData.Train } => StartSession(state, now, texts).Prepend(new CallbackAnswer(null)),
        CommandInput { Name: "help" } => Decision.Say(state, new TextReply(texts.Help)),
        CommandInput { Name: "stop" } => Decision.Say(state, new TextReply(texts.NothingToStop)),
        CommandInput => Decision.Say(state, new TextReply(texts.UnknownCommand)),
        DoneInput or SkipInput => Decision.Say(state, new TextReply(texts.NoSessionForDone, Prompts.StartButton(texts))),
        ButtonInput => Decision.Say(state, new CallbackAnswer(texts.StaleButton)),
        NonTextInput => NonTextHint.Decide(state, now, texts, []),
        _ => Decision.Say(state, new TextReply(texts.IdleText, Prompts.StartButton(texts))),
    };

    /// <summary>The greeting; a user without a schedule is then asked for one (the onboarding).</summary>
    private static Decision Greet(UserState state, ICoachTexts texts)
    {
        var greeting = new TextReply(texts.Greeting, Prompts.StartButton(texts));
        if (state.HasSchedule)
        {
            return Decision.Say(state, greeting);
        }

        var setup = ScheduleSetup.AskDays(state, texts);
        return new Decision(setup.Next, [greeting, .. setup.Replies], []);
    }

    private static Decision StartSession(UserState state, DateTimeOffset now, ICoachTexts texts)
    {
        var number = state.SessionCount + 1;
        var session = ActiveSession.Begin(number, now);
        var next = state with { SessionCount = number, Session = session };
        var prompt = Prompts.Set(session, state.Levels, texts, texts.SessionIntro(number));
        return new Decision(next, [prompt], [new SessionStarted(number, now)]);
    }
}
