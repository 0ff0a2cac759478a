using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

public sealed class LevelCommandTests
{
    [Fact]
    public void Level_shows_every_exercise_with_buttons_to_go_easier_or_harder()
    {
        var decision = TestChat.OnMonday().Send("/level");

        Assert.Contains("Forward lunge, level 2 of 4. 10 reps.", decision.AllText());
        Assert.Contains(ProgressButtons.Level(ExerciseId.SidePlank, 0), decision.ButtonData());
        Assert.Contains(ProgressButtons.Level(ExerciseId.SidePlank, 2), decision.ButtonData());
        Assert.Contains(ProgressButtons.Level(null, 0), decision.ButtonData());
    }

    [Fact]
    public void A_level_button_sets_that_exercise_only_and_a_double_tap_changes_nothing_more()
    {
        var chat = TestChat.OnMonday();

        chat.Press(ProgressButtons.Level(ExerciseId.SidePlank, 3));
        chat.Press(ProgressButtons.Level(ExerciseId.SidePlank, 3));

        Assert.Equal(ExerciseLevels.Start with { SidePlank = 3 }, chat.State.Levels);
        Assert.Contains("Hold 30 s.", chat.Send("/train").AllText() + chat.Later(TimeSpan.FromMinutes(1)).Send("done").AllText()
            + chat.Later(TimeSpan.FromMinutes(1)).Send("done").AllText());
    }

    [Theory]
    [InlineData("/level 1", 0)]
    [InlineData("/level 3", 2)]
    [InlineData("/level 9", 99)]
    public void Level_with_a_number_sets_every_exercise_within_its_range(string command, int level)
    {
        var chat = TestChat.OnMonday();

        var asked = chat.Send(command);
        if (level > HipRoutine.StartLevel + 1)
        {
            // A jump of more than one level only happens after the confirmation.
            Assert.Equal(ExerciseLevels.Start, chat.State.Levels);
            chat.Press(Assert.Single(asked.ButtonData()));
        }

        Assert.All(HipRoutine.Exercises, e => Assert.Equal(Math.Min(level, e.TopLevel), chat.State.Levels.Of(e.Id)));
    }

    [Fact]
    public void Buttons_for_unknown_exercises_are_answered_and_change_nothing()
    {
        var chat = TestChat.OnMonday();

        var decision = chat.Press("lv:9:1");

        Assert.Single(decision.CallbackAnswers());
        Assert.Equal(ExerciseLevels.Start, chat.State.Levels);
    }
}
