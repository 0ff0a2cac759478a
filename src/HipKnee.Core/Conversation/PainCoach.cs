using System.Globalization;
using HipKnee.Core.Progress;
using HipKnee.Core.Routine;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// Knee-pain check-ins: after each session and with /pain at any time. Every answer gets one line on normal muscle
/// effort versus joint pain; pain of 7 or more, or pain rising over two weeks, gets clear advice to stop the painful
/// exercise and see a professional, and switches the user to the beginner variants. It never diagnoses.
/// </summary>
internal static class PainCoach
{
    public const int Severe = 7;
    public const int StepBackFrom = 5;
    public const int MoveUpUpTo = 3;

    public static Decision Ask(UserState state, ICoachTexts texts) =>
        Decision.Say(state with { PainCheckPending = true }, new TextReply(texts.PainQuestion, Keyboard()));

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
        var past = history.WithPain(new PainReading(now, score));
        var next = state with { PainCheckPending = false };
        var lines = new List<string> { texts.PainNoted(score, state.LocalDate(now)), texts.EffortVersusJointPain };
        IReadOnlyList<IReadOnlyList<ReplyButton>> buttons = [];
        if (score >= Severe || PainTrends.Of(past.Pain, now) == PainTrend.Rising)
        {
            lines.Add(score >= Severe ? texts.SeverePainAdvice : texts.RisingPainAdvice);
            if (state.Levels != ExerciseLevels.Beginner)
            {
                next = next with { Levels = ExerciseLevels.Beginner, LevelsChangedAt = now, LevelOffer = LevelOffer.None };
            }

            lines.Add(texts.BeginnerVariantsOn);
        }
        else if (score >= StepBackFrom && state.Levels.CanStepBack)
        {
            next = next with { LevelOffer = LevelOffer.StepBack, LevelOfferedAt = now };
            lines.Add(texts.StepBackOffer);
            buttons = [[new ReplyButton(texts.StepBackLabel, ProgressButtons.StepBack), new ReplyButton(texts.KeepLevelLabel, ProgressButtons.KeepLevel)]];
        }
        else if (score <= MoveUpUpTo && MoveUpRule.Holds(state, past, now, texts.FirstDayOfWeek))
        {
            next = next with { LevelOffer = LevelOffer.MoveUp, LevelOfferedAt = now };
            lines.Add(texts.MoveUpOffer);
            buttons = [[new ReplyButton(texts.MoveUpLabel, ProgressButtons.MoveUp), new ReplyButton(texts.NotYetLabel, ProgressButtons.KeepLevel)]];
        }

        return new Decision(next, [new TextReply(string.Join("\n\n", lines), buttons)], [new PainRecorded(state.SessionCount, score, now)]);
    }

    private static ReplyButton Button(int score) => new(score.ToString(CultureInfo.InvariantCulture), ProgressButtons.Pain(score));
}
