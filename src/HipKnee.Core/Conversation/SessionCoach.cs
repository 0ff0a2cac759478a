using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>Answers a user who is in the middle of a session.</summary>
internal static class SessionCoach
{
    public static Decision Decide(UserState current, ActiveSession untouched, Input input, DateTimeOffset now, ICoachTexts texts)
    {
        var session = untouched.Touch(now);
        var state = current with { Session = session };
        var prompt = Prompts.Set(session, state.Levels, texts);
        return input switch
        {
            DoneInput => Advance(state, session, SetOutcome.Done, now, texts),
            SkipInput => Advance(state, session, SetOutcome.Skipped, now, texts),
            ButtonInput button => Press(state, session, button, now, texts),
            CommandInput { Name: "start" or "train" } => Decision.Say(state, Prompts.Set(session, state.Levels, texts, texts.ResumeSession)),
            CommandInput { Name: "stop" } => Stop(state, session, now, texts),
            CommandInput { Name: "help" } => Decision.Say(state, new TextReply(texts.Help), prompt),
            CommandInput => Decision.Say(state, new TextReply(texts.UnknownCommand), prompt),
            NonTextInput => NonTextHint.Decide(state, now, texts, [prompt]),
            _ => Decision.Say(state, Prompts.Set(session, state.Levels, texts, texts.InSessionHint)),
        };
    }

    /// <summary>Train resumes; Done, Skip and the timer count only for the set on screen; anything else is stale.</summary>
    private static Decision Press(UserState state, ActiveSession session, ButtonInput button, DateTimeOffset now, ICoachTexts texts) => button switch
    {
        TrainButton => Decision.Say(state, new CallbackAnswer(null), Prompts.Set(session, state.Levels, texts, texts.ResumeSession)),
        TimerButton timer when (timer.Session, timer.Step) == (session.Number, session.Step) => TimerCoach.Start(state, session, now, texts),
        SetButton set when (set.Session, set.Step) == (session.Number, session.Step) =>
            Advance(state, session, set.Outcome, now, texts).Prepend(new CallbackAnswer(null)),
        _ => Decision.Say(state, new CallbackAnswer(texts.StaleButton)),
    };

    private static Decision Advance(UserState state, ActiveSession session, SetOutcome outcome, DateTimeOffset now, ICoachTexts texts)
    {
        var next = session.Record(outcome, now);
        var recorded = new SetRecorded(session.Number, session.Step, outcome, now);
        if (!next.IsFinished)
        {
            var prompt = Prompts.Set(next, state.Levels, texts);
            if (outcome == SetOutcome.Skipped)
            {
                // A skip may be the knee talking: one tap to say so, and the pain scale follows.
                prompt = prompt with { Buttons = [.. prompt.Buttons, [new ReplyButton(texts.SkippedForPainLabel, SafetyButtons.PainReason)]] };
            }

            return new Decision(state with { Session = next }, [prompt], [recorded]);
        }

        // Credit only for a session that was done: at least 6 of 8 sets, three quarters of the dose; the benefit the
        // JOSPT 2019 CPG describes comes from doing the programme, so a token session must not count as one.
        var credited = next.EarnsCredit;
        var ended = new SessionEnded(next.Number, credited ? SessionOutcome.Completed : SessionOutcome.Partial, next.Done, next.Skipped, now);
        var summary = credited ? Complete(state, next, now, texts) : texts.SessionPartial(next.Done, next.Skipped, HipRoutine.SetsForCredit);
        // The knee check-in rides on the summary: one message, with the 0–10 buttons under it.
        var checkIn = new TextReply(summary + "\n\n" + texts.PainQuestion, PainCoach.Keyboard());
        var skipped = ExerciseMask.FromSkippedSteps(next.SkippedSteps);
        var twice = ExerciseMask.Ids(skipped & state.SkippedLastSession).FirstOrDefault(id => state.Levels.Of(id) > 0);
        var after = state with { Session = null, PainCheckPending = true, PainCheckForSession = true, SkippedLastSession = skipped };
        if (twice == default)
        {
            return new Decision(after, [checkIn], [recorded, ended]);
        }

        // Skipped two sessions in a row: ask once whether it hurt, and offer that exercise one level easier.
        var name = texts.ExerciseName(twice);
        var asked = after with
        {
            SkippedLastSession = skipped & ~ExerciseMask.Of(twice),
            LevelOffer = LevelOffer.StepBack,
            LevelOfferExercise = twice,
            LevelOfferedAt = now,
        };
        var question = new TextReply(texts.SkippedTwice(name),
            [[new ReplyButton(texts.EasierVariantLabel(name), ProgressButtons.StepBack), new ReplyButton(texts.NoItDidNotHurtLabel, ProgressButtons.KeepLevel)]]);
        return new Decision(asked, [checkIn, question], [recorded, ended]);
    }

    private static string Complete(UserState state, ActiveSession session, DateTimeOffset now, ICoachTexts texts)
    {
        var today = TrainingCalendar.LocalDate(now, state.TimeZoneId);
        var due = TrainingCalendar.NextTrainingDate(now, state.TimeZoneId, state.TrainingDays);
        return texts.SessionComplete(session.Done, session.Skipped, now - session.StartedAt, due, today, state.HasSchedule && !state.RemindersPaused ? state.ReminderTime : null);
    }

    private static Decision Stop(UserState state, ActiveSession session, DateTimeOffset now, ICoachTexts texts)
    {
        var ended = new SessionEnded(session.Number, SessionOutcome.Stopped, session.Done, session.Skipped, now);
        IReadOnlyList<IReadOnlyList<ReplyButton>> buttons = [.. Prompts.StartButton(texts), [new ReplyButton(texts.StoppedForPainLabel, SafetyButtons.PainReason)]];
        var reply = new TextReply(texts.SessionStopped(session.Done, session.Skipped), buttons);
        return new Decision(state with { Session = null }, [reply], [ended]);
    }
}
