using System.Globalization;
using HipKnee.Core.Routine;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/level and the level buttons: choose any level per exercise, or accept an offer to move up or step back.</summary>
internal static class LevelCoach
{
    /// <summary><c>/level</c> shows the levels; <c>/level 2</c> puts every exercise at level 2 (1 is the beginner variant).</summary>
    public static Decision Command(UserState state, string args, DateTimeOffset now, ICoachTexts texts)
    {
        if (args.Length == 0)
        {
            return Show(state, texts);
        }

        if (int.TryParse(args, NumberStyles.None, CultureInfo.InvariantCulture, out var shown) && shown >= 1)
        {
            // More than one level up at once asks first: big jumps in load are what sore knees follow (JOSPT 2019 CPG).
            var jumps = HipRoutine.Exercises.Any(e => Math.Min(shown - 1, e.TopLevel) > state.Levels.Of(e.Id) + 1);
            return jumps
                ? Decision.Say(state, new TextReply(texts.LevelJumpQuestion(shown), [[new ReplyButton(texts.LevelJumpYesLabel(shown), ProgressButtons.Level(null, shown - 1))]]))
                : Choose(state, null, shown - 1, now, texts);
        }

        return Show(state, texts, texts.LevelUsage);
    }

    public static Decision Show(UserState state, ICoachTexts texts, string? lead = null)
    {
        var overview = texts.LevelsOverview(Lines(state.Levels, texts));
        return Decision.Say(state, new TextReply(lead is null ? overview : lead + "\n\n" + overview, Keyboard(state.Levels, texts)));
    }

    /// <summary>Sets one exercise (or all, when <paramref name="exercise"/> is null) to a level, clamped to its range.</summary>
    public static Decision Choose(UserState state, ExerciseId? exercise, int level, DateTimeOffset now, ICoachTexts texts)
    {
        var levels = exercise is { } id
            ? state.Levels.With(id, level)
            : HipRoutine.Exercises.Aggregate(state.Levels, (all, e) => all.With(e.Id, level));
        return Changed(state, levels, now, texts, texts.LevelsSaved);
    }

    /// <summary>Accepts the offer the state holds (the routing table answers any other as passed).</summary>
    public static Decision AcceptOffer(UserState state, LevelOffer offer, DateTimeOffset now, ICoachTexts texts)
    {
        var up = offer == LevelOffer.MoveUp;
        if (state.LevelOfferExercise is not { } id)
        {
            return Changed(state, state.Levels.Shift(up ? 1 : -1), now, texts, up ? texts.MovedUp : texts.SteppedBack);
        }

        var levels = state.Levels.With(id, state.Levels.Of(id) + (up ? 1 : -1));
        var lead = up ? texts.MovedUpTo(texts.ExerciseName(id), texts.DoseText(HipRoutine.Find(id).DoseAt(levels.Of(id)), id)) : texts.SteppedBack;
        return Changed(state, levels, now, texts, lead);
    }

    public static Decision DeclineOffer(UserState state, ICoachTexts texts) =>
        Decision.Say(state with { LevelOffer = LevelOffer.None }, new TextReply(texts.LevelKept));

    private static Decision Changed(UserState state, ExerciseLevels levels, DateTimeOffset now, ICoachTexts texts, string lead)
    {
        var next = state with
        {
            Levels = levels,
            LevelOffer = LevelOffer.None,
            LevelOfferExercise = null,
            LevelsChangedAt = levels == state.Levels ? state.LevelsChangedAt : now,
        };
        return Show(next, texts, lead);
    }

    private static IReadOnlyList<string> Lines(ExerciseLevels levels, ICoachTexts texts) => HipRoutine.Exercises
        .Select(e => texts.LevelLine(texts.ExerciseName(e.Id), levels.Of(e.Id) + 1, e.TopLevel + 1, texts.DoseText(e.DoseAt(levels.Of(e.Id)), e.Id)))
        .ToList();

    /// <summary>Per exercise: easier, its current level, harder; then one row for the beginner variants of all four.</summary>
    private static IReadOnlyList<IReadOnlyList<ReplyButton>> Keyboard(ExerciseLevels levels, ICoachTexts texts)
    {
        var rows = HipRoutine.Exercises.Select(e =>
        {
            var level = levels.Of(e.Id);
            var label = string.Create(CultureInfo.InvariantCulture, $"{texts.ExerciseName(e.Id)} {level + 1}/{e.TopLevel + 1}");
            // No ➖ at the easiest level and no ➕ at the top: a button that changes nothing only confuses.
            List<ReplyButton> row = [];
            if (level > 0)
            {
                row.Add(new("➖", ProgressButtons.Level(e.Id, level - 1)));
            }

            row.Add(new(label, ProgressButtons.Level(e.Id, level)));
            if (level < e.TopLevel)
            {
                row.Add(new("➕", ProgressButtons.Level(e.Id, level + 1)));
            }

            return (IReadOnlyList<ReplyButton>)row;
        }).ToList();
        rows.Add([new ReplyButton(texts.AllBeginnerLabel, ProgressButtons.Level(null, 0))]);
        return rows;
    }
}
