using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>The conversation as a pure function: (state, input, now) → (next state, replies, events).</summary>
public static class Coach
{
    public static Decision Decide(UserState state, Input input, DateTimeOffset now)
    {
        var texts = CoachTexts.For(state.Language);
        Decision decision;
        if (input is ReminderDueInput)
        {
            decision = ReminderCoach.Due(state, now, texts);
        }
        else if (state.Session is { } stale && stale.IsStaleAt(now))
        {
            decision = CloseStaleSession(state, stale, input, now, texts);
        }
        else
        {
            decision = Respond(state, input, now, texts);
        }

        return DayBook.Update(state, decision, now);
    }

    private static Decision Respond(UserState current, Input input, DateTimeOffset now, ICoachTexts texts)
    {
        // Any message during a session keeps it alive, whatever it is about.
        var state = current.Session is { } running ? current with { Session = running.Touch(now) } : current;
        return ScheduleCoach.TryDecide(state, input, now, texts)
        ?? (input is ButtonInput button ? ReminderCoach.TryPress(state, button.Data, now, texts) : null)
        ?? (state.Session is { } session
            ? SessionCoach.Decide(state, session, input, now, texts)
            : IdleCoach.Decide(state, input, now, texts));
    }

    /// <summary>
    /// A session untouched for over 12 hours is closed as partial before anything else; a command or a button
    /// is then answered as if no session were running, while a stray "done" only gets the offer of a fresh session.
    /// </summary>
    private static Decision CloseStaleSession(UserState state, ActiveSession stale, Input input, DateTimeOffset now, ICoachTexts texts)
    {
        var closed = state with { Session = null };
        var ended = new SessionEnded(stale.Number, SessionOutcome.Abandoned, stale.Done, stale.Skipped, now);
        var rest = input is CommandInput { Name: not "stop" } or ButtonInput
            ? Respond(closed, input, now, texts)
            : Decision.Say(closed);
        var restOffersButtons = rest.Replies.OfType<TextReply>().Any(reply => reply.Buttons.Count > 0);
        var note = new TextReply(texts.StaleSessionClosed(stale.Done, stale.Skipped), restOffersButtons ? [] : Prompts.StartButton(texts));
        return rest.Prepend(note, ended);
    }
}
