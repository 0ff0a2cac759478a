using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Training days without a rest day between them are questioned once, and kept when the user insists.</summary>
public sealed class BackToBackDaysTests
{
    [Fact]
    public void Back_to_back_days_are_questioned_and_kept_when_the_user_insists()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        chat.Send("/start");
        chat.Press(SafetyButtons.RedFlagsNone);
        var backToBack = TrainingDays.Monday | TrainingDays.Tuesday | TrainingDays.Thursday;

        var warning = chat.Send("mon tue thu");

        Assert.Contains("back-to-back", warning.AllText());
        var keep = warning.TextReplies().Single().Buttons[0].Single();
        Assert.Equal(("Keep them anyway", ScheduleButtons.Days(backToBack, insist: true)), (keep.Label, keep.Data));
        Assert.Equal(SetupStep.Days, chat.State.Setup);

        var accepted = chat.Press(keep.Data);

        Assert.Contains("What time", accepted.AllText());
        Assert.Equal((backToBack, SetupStep.Time), (chat.State.TrainingDays, chat.State.Setup));
    }

    [Fact]
    public void Typed_back_to_back_days_are_kept_with_a_note()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);

        var decision = chat.Send("/schedule sun mon wed 07:30");

        Assert.Contains("Back-to-back days, as you asked", decision.AllText());
        Assert.Equal(TrainingDays.Sunday | TrainingDays.Monday | TrainingDays.Wednesday, chat.State.TrainingDays);
    }
}
