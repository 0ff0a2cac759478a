using System.Text;
using HipKnee.Core.Pictures;
using HipKnee.Core.Routine;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>Builds the messages that show a set or offer a session.</summary>
internal static class Prompts
{
    public static IReadOnlyList<IReadOnlyList<ReplyButton>> StartButton(ICoachTexts texts) =>
        [[new ReplyButton(texts.StartLabel, CallbackData.Train)]];

    public static TextReply Set(ActiveSession session, ExerciseLevels levels, ICoachTexts texts, string? lead = null)
    {
        var set = session.Current;
        var id = set.Exercise.Id;
        var level = levels.Of(id);
        var text = new StringBuilder();
        if (lead is not null)
        {
            text.Append(lead).Append("\n\n");
        }

        text.Append(texts.SetHeader(set.Index + 1, HipRoutine.SetCount, texts.ExerciseName(id), texts.SideText(id, set.Side)))
            .Append('\n')
            .Append(texts.DoseText(set.Exercise.DoseAt(level), id))
            .Append('\n');
        foreach (var cue in texts.Cues(id))
        {
            text.Append("• ").Append(cue).Append('\n');
        }

        text.Append(level == 0 ? texts.BeginnerVariantNote(id) : texts.BeginnerVariant(id)).Append('\n');
        text.Append(texts.SetFooter);
        var dose = set.Exercise.DoseAt(level);
        var timerLabel = dose.Reps > 1 ? texts.TimerHoldsLabel(dose.Reps, dose.HoldSeconds) : texts.TimerLabel(dose.HoldSeconds);
        IReadOnlyList<IReadOnlyList<ReplyButton>> rows = set.Exercise.IsTimed
            ? [SetButtons(session, texts), [new(timerLabel, CallbackData.Timer(session.Number, session.Step))]]
            : [SetButtons(session, texts)];
        // The picture comes with the left-side set only: the right side repeats the same movement.
        return new TextReply(text.ToString(), rows) { Picture = set.Side == Side.Left ? PictureKey.For(id, level) : null };
    }

    /// <summary>Done and Skip for the set on screen.</summary>
    public static IReadOnlyList<ReplyButton> SetButtons(ActiveSession session, ICoachTexts texts) =>
    [
        new(texts.DoneLabel, CallbackData.Done(session.Number, session.Step)),
        new(texts.SkipLabel, CallbackData.Skip(session.Number, session.Step)),
    ];
}
