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
            ButtonInput button => Press(state, session, button.Data, now, texts),
            CommandInput { Name: "start" or "train" } => Decision.Say(state, Prompts.Set(session, state.Levels, texts, texts.ResumeSession)),
            CommandInput { Name: "stop" } => Stop(state, session, now, texts),
            CommandInput { Name: "help" } => Decision.Say(state, new TextReply(texts.Help), prompt),
            CommandInput => Decision.Say(state, new TextReply(texts.UnknownCommand), prompt),
            NonTextInput => NonTextHint.Decide(state, now, texts, [prompt]),
            _ => Decision.Say(state, Prompts.Set(session, state.Levels, texts, texts.InSessionHint)),
        };
    }

    private static Decision Press(UserState state, ActiveSession session, string data, DateTimeOffset now, ICoachTexts texts)
    {
        if (data == CallbackData.Train)
        {
            return Decision.Say(state, new CallbackAnswer(null), Prompts.Set(session, state.Levels, texts, texts.ResumeSession));
        }

        if (CallbackData.ParseTimer(data) is var (timerSession, timerStep))
        {
            return timerSession == session.Number && timerStep == session.Step
                ? TimerCoach.Start(state, session, now, texts)
                : Decision.Say(state, new CallbackAnswer(texts.StaleButton));
        }

        var button = CallbackData.ParseSetButton(data);
        if (button is null || button.Session != session.Number || button.Step != session.Step)
        {
            return Decision.Say(state, new CallbackAnswer(texts.StaleButton));
        }

        return Advance(state, session, button.Outcome, now, texts).Prepend(new CallbackAnswer(null));
    }

    private static Decision Advance(UserState state, ActiveSession session, SetOutcome outcome, DateTimeOffset now, ICoachTexts texts)
    {
        var next = session.Record(outcome, now);
        var recorded = new SetRecorded(session.Number, session.Step, outcome, now);
        if (!next.IsFinished)
        {
            return new Decision(state with { Session = next }, [Prompts.Set(next, state.Levels, texts)], [recorded]);
        }

        var ended = new SessionEnded(next.Number, SessionOutcome.Completed, next.Done, next.Skipped, now);
        var today = TrainingCalendar.LocalDate(now, state.TimeZoneId);
        var due = TrainingCalendar.NextTrainingDate(now, state.TimeZoneId, state.TrainingDays);
        var summary = texts.SessionComplete(next.Done, next.Skipped, now - next.StartedAt, due, today, state.HasSchedule && !state.RemindersPaused ? state.ReminderTime : null);
        // The knee check-in rides on the summary: one message, with the 0–10 buttons under it.
        var checkIn = new TextReply(summary + "\n\n" + texts.PainQuestion, PainCoach.Keyboard());
        return new Decision(state with { Session = null, PainCheckPending = true }, [checkIn], [recorded, ended]);
    }

    private static Decision Stop(UserState state, ActiveSession session, DateTimeOffset now, ICoachTexts texts)
    {
        var ended = new SessionEnded(session.Number, SessionOutcome.Stopped, session.Done, session.Skipped, now);
        var reply = new TextReply(texts.SessionStopped(session.Done, session.Skipped), Prompts.StartButton(texts));
        return new Decision(state with { Session = null }, [reply], [ended]);
    }
}
