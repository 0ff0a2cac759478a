using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>Starts hold timers from the set prompt's button and moves their countdown on when the timer scan calls.</summary>
internal static class TimerCoach
{
    public static Decision Start(UserState state, ActiveSession session, DateTimeOffset now, ICoachTexts texts)
    {
        var set = session.Current;
        if (!set.Exercise.IsTimed)
        {
            return Decision.Say(state, new CallbackAnswer(texts.StaleButton));
        }

        if (state.Timer is { } running && running.IsFor(session))
        {
            return Decision.Say(state, new CallbackAnswer(texts.TimerAlreadyRunning));
        }

        var dose = set.Exercise.DoseAt(state.Levels.Of(set.Exercise.Id));
        var timer = HoldTimer.Start(session.Number, session.Step, dose.HoldSeconds, now, dose.Reps);
        var text = timer.Reps > 1 ? texts.TimerHold(1, timer.Reps, timer.Seconds) : texts.TimerStarted(timer.Seconds);
        var started = new TextReply(text) { Tag = timer.Tag };
        return Decision.Say(state with { Timer = timer }, new CallbackAnswer(null), started);
    }

    /// <summary>A tick: edit the countdown, or say time's up; a timer whose set is behind the user does nothing at all.</summary>
    public static Decision Due(UserState state, DateTimeOffset now, ICoachTexts texts)
    {
        if (state.Timer is not { } timer || timer.NextTickAt > now)
        {
            return Decision.Say(state);
        }

        if (!timer.IsFor(state.Session))
        {
            return Decision.Say(state with { Timer = null });
        }

        var session = state.Session!;
        var stopped = state with { Timer = null };
        if (now - timer.EndsAt > HoldTimer.LateAfter)
        {
            return Decision.Say(stopped, new EditReply(timer.Tag, texts.TimerInterrupted), Prompts.Set(session, state.Levels, texts, texts.TimerInterrupted));
        }

        if (now >= timer.EndsAt)
        {
            var done = timer.Reps > 1 ? texts.TimerHoldsDone(timer.Reps, timer.Seconds) : texts.TimerDone(timer.Seconds);
            return Decision.Say(stopped, new EditReply(timer.Tag, done),
                new TextReply(texts.TimeIsUp, [Prompts.SetButtons(session, texts)]));
        }

        return Decision.Say(state with { Timer = timer with { NextTickAt = timer.TickAfter(now) } },
            new EditReply(timer.Tag, Countdown(timer, now, texts)));
    }

    private static string Countdown(HoldTimer timer, DateTimeOffset now, ICoachTexts texts)
    {
        if (timer.Reps == 1)
        {
            return texts.TimerLeft(timer.SecondsLeft(now));
        }

        var (hold, resting) = timer.PhaseAt(now);
        return resting ? texts.TimerRest(hold, timer.Reps) : texts.TimerHold(hold, timer.Reps, timer.Seconds);
    }
}
