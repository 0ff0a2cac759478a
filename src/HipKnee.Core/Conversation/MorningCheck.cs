using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// The next-morning check of the pain-monitoring model (Silbernagel 2007): pain after training is acceptable when it
/// has settled by the next morning; worse the next morning means the load was too much. One question the morning after
/// a session, at 09:00 local (or the reminder time when earlier, never before 07:00), asked once; no answer is no answer.
/// </summary>
internal static class MorningCheck
{
    public static readonly TimeOnly LatestAt = new(9, 0);

    /// <summary>Quiet hours end here: a message the user did not ask for never comes earlier.</summary>
    public static readonly TimeOnly EarliestAt = new(7, 0);

    /// <summary>A check the bot could not send within this long (it was down) is dropped, never sent late in the day.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromHours(3);

    private const int MaxProactivePerDay = 2;

    /// <summary>
    /// Plans the check for the morning after a session in which at least one set was done; only for a user whose zone
    /// is known (or a 09:00 UTC message could wake them) and whose reminders are not paused.
    /// </summary>
    public static UserState Plan(UserState state, DateTimeOffset endedAt)
    {
        if (state.RemindersPaused || !(state.ZoneChosen || state.HasSchedule))
        {
            return state;
        }

        var day = state.LocalDate(endedAt).AddDays(1);
        var time = state.ReminderTime < LatestAt ? state.ReminderTime : LatestAt;
        time = time < EarliestAt ? EarliestAt : time;
        var at = ReminderCalendar.AtLocal(day, time, TrainingCalendar.ZoneOrUtc(state.TimeZoneId));
        return state with { NextMorningCheckAt = at, MorningCheckDay = day, MorningCheckOpen = false };
    }

    /// <summary>The scan found the check due: ask once, within the day's cap of two proactive messages.</summary>
    public static Decision Due(UserState state, DateTimeOffset now, ICoachTexts texts)
    {
        if (state.NextMorningCheckAt is not { } at || at > now || state.MorningCheckDay is not { } day)
        {
            return Decision.Say(state);
        }

        var done = state with { NextMorningCheckAt = null };
        var sent = state.NudgedDay == day ? state.NudgesOnNudgedDay : 0;
        if (now - at > Grace || state.RemindersPaused || sent >= MaxProactivePerDay || state.LocalDate(now) != day)
        {
            return Decision.Say(done with { MorningCheckDay = null });
        }

        var asked = done with { MorningCheckOpen = true, NudgedDay = day, NudgesOnNudgedDay = sent + 1 };
        IReadOnlyList<ReplyButton> row = Enum.GetValues<MorningAnswer>().Select(answer => new ReplyButton(texts.MorningLabel(answer), SafetyButtons.Morning(answer, day))).ToList();
        return Decision.Say(asked, new TextReply(texts.MorningQuestion, [row]));
    }

    /// <summary>
    /// Worse → the exercise that hurt (or all four, when none was named) steps back one level now, for the next session
    /// (pain-monitoring model, Silbernagel 2007: pain worse the next morning means the load must come down).
    /// </summary>
    public static Decision Answer(UserState state, MorningAnswer answer, DateOnly day, DateTimeOffset now, ICoachTexts texts)
    {
        // The question is open (the routing table checked); a button from another day's question has passed.
        if (state.MorningCheckDay != day || state.LocalDate(now) != day)
        {
            return Decision.Say(state, new CallbackAnswer(texts.MorningPassed));
        }

        var answered = state with { MorningCheckOpen = false, MorningCheckDay = null };
        var recorded = new MorningCheckAnswered(day, answer, now);
        var text = answer switch
        {
            MorningAnswer.Better => texts.MorningBetter,
            MorningAnswer.Same => texts.MorningSame,
            _ => null,
        };
        if (text is not null)
        {
            return new Decision(answered, [new CallbackAnswer(null), new TextReply(text)], [recorded]);
        }

        var (levels, named) = StepBack(state, texts);
        if (levels == state.Levels)
        {
            return new Decision(answered, [new CallbackAnswer(null), new TextReply(texts.MorningWorseAtEasiest)], [recorded]);
        }

        var easier = answered with { Levels = levels, LevelsChangedAt = now, LevelOffer = LevelOffer.None };
        return new Decision(easier, [new CallbackAnswer(null), new TextReply(texts.MorningWorse(named))], [recorded]);
    }

    private static (ExerciseLevels Levels, IReadOnlyList<string> Named) StepBack(UserState state, ICoachTexts texts)
    {
        if (state.HurtExercise is { } id)
        {
            return (state.Levels.With(id, state.Levels.Of(id) - 1), [texts.ExerciseName(id)]);
        }

        var lowered = HipRoutine.Exercises.Where(e => state.Levels.Of(e.Id) > 0).Select(e => texts.ExerciseName(e.Id)).ToList();
        return (state.Levels.Shift(-1), lowered);
    }
}
