using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>The conversation as a pure function: (state, input, now, history) → (next state, replies, events).</summary>
public static class Coach
{
    /// <param name="history">The user's past since <see cref="HistoryNeeded"/>; empty when omitted.</param>
    public static Decision Decide(UserState state, Input input, DateTimeOffset now, History? history = null)
    {
        var texts = CoachTexts.For(state.Language);
        var past = history ?? History.Empty(now);
        Decision decision;
        if (input is ReminderDueInput)
        {
            decision = ReminderCoach.Due(state, past, now, texts);
        }
        else if (input is SummaryDueInput)
        {
            decision = SummaryCoach.Due(state, past, now, texts);
        }
        else if (input is MorningCheckDueInput)
        {
            decision = MorningCheck.Due(state, now, texts);
        }
        else if (input is TimerDueInput)
        {
            decision = TimerCoach.Due(state, now, texts);
        }
        else if (state.Session is { } stale && stale.IsStaleAt(now))
        {
            decision = CloseStaleSession(state, stale, input, now, texts, past);
        }
        else
        {
            decision = Respond(state, input, now, texts, past);
        }

        return PicturesCoach.Respect(state, DayBook.Update(state, decision, now));
    }

    /// <summary>
    /// How much of the user's past <see cref="Decide"/> reads for this input, so the host loads it only then: the
    /// earliest instant, <see cref="DateTimeOffset.MinValue"/> for all of it, null for none. Each window is declared by
    /// the coach whose answer reads it.
    /// </summary>
    public static DateTimeOffset? HistoryNeeded(UserState state, Input input, DateTimeOffset now) => input switch
    {
        ReminderDueInput => now - ReminderCoach.HistoryNeeded,
        SummaryDueInput => DateTimeOffset.MinValue,
        MorningCheckDueInput or TimerDueInput => null,
        _ => ProgressCoach.HistoryNeeded(state, input, now),
    };

    private static Decision Respond(UserState current, Input input, DateTimeOffset now, ICoachTexts texts, History history)
    {
        // Any message during a session keeps it alive, whatever it is about.
        var state = current.Session is { } running ? current with { Session = running.Touch(now) } : current;
        return SafetyCoach.TryDecide(state, input, now, texts)
        ?? Aside(state, input, now, texts, history)
        ?? ScheduleCoach.TryDecide(state, input, now, texts)
        ?? (input is ButtonInput button ? ReminderCoach.TryPress(state, button.Data, now, texts) : null)
        ?? (state.Session is { } session
            ? SessionCoach.Decide(state, session, input, now, texts)
            : IdleCoach.Decide(state, input, now, texts));
    }

    /// <summary>
    /// Account and progress commands work mid-session too; a command, a level change or a pain answer then repeats
    /// the set on screen (at its new dose) after its answer.
    /// </summary>
    private static Decision? Aside(UserState state, Input input, DateTimeOffset now, ICoachTexts texts, History history)
    {
        var aside = AccountCoach.TryDecide(state, input, now, texts)
            ?? PicturesCoach.TryDecide(state, input)
            ?? ProgressCoach.TryDecide(state, input, now, texts, history);
        if (aside?.Next.Session is not { } running)
        {
            return aside;
        }

        var repeat = input is CommandInput || aside.Next.Levels != state.Levels || aside.Events.Any(e => e is PainRecorded);
        if (!repeat)
        {
            return aside;
        }

        return aside with { Replies = [.. aside.Replies, Prompts.Set(running, aside.Next.Levels, texts)] };
    }

    /// <summary>
    /// A session untouched for over 12 hours is closed as partial before anything else; a command or a button
    /// is then answered as if no session were running, while a stray "done" only gets the offer of a fresh session.
    /// </summary>
    private static Decision CloseStaleSession(UserState state, ActiveSession stale, Input input, DateTimeOffset now, ICoachTexts texts, History history)
    {
        var closed = state with { Session = null };
        var ended = new SessionEnded(stale.Number, SessionOutcome.Abandoned, stale.Done, stale.Skipped, now);
        var rest = input is CommandInput { Name: not "stop" } or ButtonInput
            ? Respond(closed, input, now, texts, history)
            : Decision.Say(closed);
        var restOffersButtons = rest.Replies.OfType<TextReply>().Any(reply => reply.Buttons.Count > 0);
        var note = new TextReply(texts.StaleSessionClosed(stale.Done, stale.Skipped), restOffersButtons ? [] : Prompts.StartButton(texts));
        return rest.Prepend(note, ended);
    }
}
