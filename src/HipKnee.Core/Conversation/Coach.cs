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
        var decision = input switch
        {
            ReminderDueInput => ReminderCoach.Due(state, past, now, texts),
            SummaryDueInput => SummaryCoach.Due(state, past, now, texts),
            MorningCheckDueInput => MorningCheck.Due(state, now, texts),
            TimerDueInput => TimerCoach.Due(state, now, texts),
            BlockedInput => Decision.Say(state with { Active = false }),
            // A user who comes back is greeted once; one who never left (a repeated update) hears nothing.
            UnblockedInput => state.Active ? Decision.Say(state) : Decision.Say(state with { Active = true }, new TextReply(texts.WelcomeBack)),
            // A session untouched for 12 hours is closed before anything the user sends is answered.
            _ when state.Session is { } stale && stale.IsStaleAt(now) => CloseStaleSession(Present(state), stale, input, now, texts, past),
            _ => Respond(Present(state), input, now, texts, past),
        };
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

    /// <summary>Whoever writes or presses a button has not blocked the bot, whatever a failed delivery suggested.</summary>
    private static UserState Present(UserState state) => state.Active ? state : state with { Active = true };

    private static Decision Respond(UserState current, Input input, DateTimeOffset now, ICoachTexts texts, History history)
    {
        // Any message during a session keeps it alive, whatever it is about.
        var state = current.Session is { } running ? current with { Session = running.Touch(now) } : current;
        return Route(state, Open(state), input, now, texts, history);
    }

    /// <summary>The one routing table: (what the state waits for, what came in) → who answers. Rows are tried top to bottom.</summary>
    private static Decision Route(UserState state, OpenQuestion open, Input input, DateTimeOffset now, ICoachTexts texts, History history) => (open, input) switch
    {
        // A button names the question it answers; one whose question has closed gets a short "that has passed".
        (_, (RedFlagButton or PainReasonButton) and ButtonInput button) => SafetyCoach.Press(state, button, now, texts),
        (var o, HurtButton) when !o.HasFlag(OpenQuestion.WhichHurt) => Passed(state, texts.OfferPassed),
        (var o, MorningButton) when !o.HasFlag(OpenQuestion.MorningCheck) => Passed(state, texts.MorningPassed),
        (_, (HurtButton or MorningButton) and ButtonInput button) => SafetyCoach.Press(state, button, now, texts),
        (var o, EraseButton) when !o.HasFlag(OpenQuestion.Erase) => Passed(state, texts.EraseExpired),
        (_, (LanguageButton or EraseButton) and ButtonInput button) => Aside(state, input, AccountCoach.Press(state, button, now, texts), texts),
        (var o, PainButton) when !o.HasFlag(OpenQuestion.PainScore) => Passed(state, texts.PainAlreadyNoted),
        (var o, LevelOfferButton offer) when !o.HasFlag(OpenQuestion.LevelOffer) || offer.Accepted is not LevelOffer.None && offer.Accepted != state.LevelOffer
            => Passed(state, texts.OfferPassed),
        (_, (PainButton or LevelButton or LevelOfferButton or BarrierButton or ReminderTimeButton or SummaryOffButton or PauseButton) and ButtonInput button)
            => Aside(state, input, ProgressCoach.Press(state, button, now, texts, history), texts),
        (_, (ChangeScheduleButton or DaysButton or TimeButton or ZoneButton) and ButtonInput button) => ScheduleCoach.Press(state, button, now, texts),
        (_, NudgeButton nudge) => ReminderCoach.Press(state, nudge, now, texts),

        // Commands work with or without a session; account, picture and progress answers then repeat the set on screen (Aside).
        (_, CommandInput { Name: "language" or "export" or "deletemydata" } command) => Aside(state, input, AccountCoach.Command(state, command, now, texts), texts),
        (_, CommandInput { Name: "pictures" } command) => Aside(state, input, PicturesCoach.Command(state, command), texts),
        (_, CommandInput { Name: "pain" or "level" or "stats" or "summary" } command)
            => Aside(state, input, ProgressCoach.Command(state, command, now, texts, history), texts),
        (_, CommandInput { Name: "schedule" or "timezone" or "pause" or "resume" } command) => ScheduleCoach.Command(state, command, now, texts),

        // A number while the pain question is open is a score, even mid-setup (where "7" could be a time): the check-in must not be missed; the setup question stays open.
        (var o, TextInput text) when o.HasFlag(OpenQuestion.PainScore) && PainCoach.Score(text.Text) is { } score
            => Aside(state, input, PainCoach.Record(state, score, now, texts, history), texts),
        // Text that does not look like an answer (say "thanks") leaves the setup question open and is ordinary text.
        (var o, TextInput text) when o.HasFlag(OpenQuestion.ScheduleSetup) && ScheduleSetup.Answer(state, text.Text, now, texts) is { } answer => answer,

        // Everything else — done, skip, text, other commands, start, set and timer buttons, stale buttons — is about the session or its absence.
        (var o, _) when o.HasFlag(OpenQuestion.Set) => SessionCoach.Decide(state, state.Session!, input, now, texts),
        _ => IdleCoach.Decide(state, input, now, texts),
    };

    private static OpenQuestion Open(UserState state) =>
        (state.Session is not null ? OpenQuestion.Set : OpenQuestion.None)
        | (state.PainCheckPending ? OpenQuestion.PainScore : OpenQuestion.None)
        | (state.Setup != SetupStep.None && state.Session is null ? OpenQuestion.ScheduleSetup : OpenQuestion.None)
        | (state.HurtQuestionOpen ? OpenQuestion.WhichHurt : OpenQuestion.None)
        | (state.LevelOffer != LevelOffer.None ? OpenQuestion.LevelOffer : OpenQuestion.None)
        | (state.EraseAskedAt is not null ? OpenQuestion.Erase : OpenQuestion.None)
        | (state.MorningCheckOpen ? OpenQuestion.MorningCheck : OpenQuestion.None);

    private static Decision Passed(UserState state, string toast) => Decision.Say(state, new CallbackAnswer(toast));

    /// <summary>
    /// Account and progress answers mid-session: a command, a level change or a pain answer then repeats the set on
    /// screen (at its new dose) after its answer.
    /// </summary>
    private static Decision Aside(UserState state, Input input, Decision aside, ICoachTexts texts)
    {
        var repeat = input is CommandInput || aside.Next.Levels != state.Levels || aside.Events.Any(e => e is PainRecorded);
        return aside.Next.Session is { } running && repeat
            ? aside with { Replies = [.. aside.Replies, Prompts.Set(running, aside.Next.Levels, texts)] }
            : aside;
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
