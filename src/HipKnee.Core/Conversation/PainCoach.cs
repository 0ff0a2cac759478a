using System.Globalization;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// Knee-pain check-ins: after each session and with /pain at any time. Pain of 7 or more, or pain rising over two
/// weeks, gets clear advice to stop the painful exercise and see a professional (with the red-flag list), and switches
/// the user to the beginner variants; 5–6 gets advice to ease off. After a session, pain of 4 or more asks which
/// exercise hurt. It never diagnoses.
/// </summary>
internal static class PainCoach
{
    /// <summary>
    /// The past a pain answer reads: the trend compares the last two weeks (<see cref="PainTrends.Window"/>) and moving up
    /// needs <see cref="MoveUpRule.WeeksNeeded"/> full training weeks; five weeks covers both across any week boundary.
    /// </summary>
    public static readonly TimeSpan HistoryNeeded = TimeSpan.FromDays(35);

    /// <summary>7+/10 is beyond any acceptable training pain (pain-monitoring model, Silbernagel 2007): stop and get it seen.</summary>
    public const int Severe = 7;

    /// <summary>5/10 and above is outside the model's acceptable zone (≤ 5, ideally ≤ 3): ease off (Silbernagel 2007).</summary>
    public const int StepBackFrom = 5;

    /// <summary>Up to 3/10 counts as "little pain" for progressing (Silbernagel 2007; JOSPT 2019 CPG).</summary>
    public const int MoveUpUpTo = 3;

    /// <summary>From 4/10 after a session, find which exercise provokes it so only that one is eased (Silbernagel 2007).</summary>
    public const int AskWhichFrom = 4;

    /// <summary>
    /// The effort-versus-joint-pain explanation is taught the first three times, then only from pain of 3, where
    /// telling the two apart matters (pain-monitoring education, Silbernagel 2007); repeated after every answer it is noise.
    /// </summary>
    public const int EffortNoteTimes = 3;

    public const int EffortNoteFrom = 3;

    public static Decision Ask(UserState state, ICoachTexts texts, bool forSession = false) =>
        Decision.Say(state with { PainCheckPending = true, PainCheckForSession = forSession }, new TextReply(texts.PainQuestion, Keyboard()));

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Keyboard() =>
    [
        Enumerable.Range(0, 6).Select(Button).ToArray(),
        Enumerable.Range(6, 5).Select(Button).ToArray(),
    ];

    /// <summary>A typed score: "4", "4/10" or "4 of 10"; null for anything else.</summary>
    public static int? Score(string text)
    {
        var head = text.Trim().Split('/', ' ')[0];
        return int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && PainReading.IsScore(score) ? score : null;
    }

    public static Decision Record(UserState state, int score, DateTimeOffset now, ICoachTexts texts, History history)
    {
        var afterSession = state.PainCheckPending && state.PainCheckForSession;
        var past = history.WithPain(new PainReading(now, score) { AfterSession = afterSession });
        var next = state with { PainCheckPending = false, PainCheckForSession = false };
        var lines = new List<string> { texts.PainNoted(score, state.LocalDate(now)) };
        if (state.EffortNotesShown < EffortNoteTimes || score >= EffortNoteFrom)
        {
            lines.Add(texts.EffortVersusJointPain);
            next = next with { EffortNotesShown = state.EffortNotesShown + 1 };
        }

        IReadOnlyList<IReadOnlyList<ReplyButton>> buttons = [];
        var rising = PainTrends.Of(past.Pain, now) == PainTrend.Rising;
        if (score >= Severe || rising)
        {
            lines.Add(score >= Severe ? texts.SeverePainAdvice : texts.RisingPainAdvice);
            if (state.Levels != ExerciseLevels.Beginner)
            {
                next = next with { Levels = ExerciseLevels.Beginner, LevelsChangedAt = now, LevelOffer = LevelOffer.None };
            }

            lines.Add(texts.BeginnerVariantsOn);
        }
        else if (score >= StepBackFrom)
        {
            lines.Add(texts.ModeratePainAdvice);
        }

        if (afterSession && score >= AskWhichFrom)
        {
            next = next with { HurtQuestionOpen = true };
            lines.Add(texts.WhichExerciseHurt);
            buttons = HurtKeyboard(texts);
        }
        else if (score >= StepBackFrom && score < Severe && !rising && state.Levels.CanStepBack)
        {
            next = next with { LevelOffer = LevelOffer.StepBack, LevelOfferExercise = null, LevelOfferedAt = now };
            lines.Add(texts.StepBackOffer);
            buttons = [[new ReplyButton(texts.StepBackLabel, ProgressButtons.StepBack), new ReplyButton(texts.KeepLevelLabel, ProgressButtons.KeepLevel)]];
        }
        else if (afterSession && score <= MoveUpUpTo && MoveUpRule.Ready(state, past, now)
            && MoveUp(next, past, now, texts) is var (offered, line, offerButtons))
        {
            (next, buttons) = (offered, offerButtons);
            lines.Add(line);
        }

        var recorded = new PainRecorded(state.SessionCount, score, now) { AfterSession = afterSession };
        return new Decision(next, [new TextReply(string.Join("\n\n", lines), buttons)], [recorded]);
    }

    /// <summary>A move-up offer for one exercise, or at the top of every exercise the maintenance phase (2×/week keeps strength; JOSPT 2019 CPG).</summary>
    private static (UserState, string, IReadOnlyList<IReadOnlyList<ReplyButton>>)? MoveUp(UserState state, History history, DateTimeOffset now, ICoachTexts texts)
    {
        if (MoveUpRule.AtTop(state, history, now, texts.FirstDayOfWeek))
        {
            return (state with { LevelOfferedAt = now }, texts.MaintenancePhase, []);
        }

        if (MoveUpRule.NextToMoveUp(state, history, now, texts.FirstDayOfWeek) is not { } id)
        {
            return null;
        }

        var dose = texts.DoseText(HipRoutine.Find(id).DoseAt(state.Levels.Of(id) + 1), id);
        var offered = state with { LevelOffer = LevelOffer.MoveUp, LevelOfferExercise = id, LevelOfferedAt = now };
        return (offered, texts.MoveUpOfferFor(texts.ExerciseName(id), dose),
            [[new ReplyButton(texts.MoveUpLabel, ProgressButtons.MoveUp), new ReplyButton(texts.NotYetLabel, ProgressButtons.KeepLevel)]]);
    }

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> HurtKeyboard(ICoachTexts texts) =>
    [
        .. HipRoutine.Exercises.Select(e => new ReplyButton(texts.ExerciseName(e.Id), SafetyButtons.Hurt(e.Id))).Chunk(2).Select(row => (IReadOnlyList<ReplyButton>)row),
        [new ReplyButton(texts.NotSureLabel, SafetyButtons.Hurt(null))],
    ];

    private static ReplyButton Button(int score) => new(score.ToString(CultureInfo.InvariantCulture), ProgressButtons.Pain(score));
}
