using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Schedule commands work in the middle of a session and leave its progress alone.</summary>
public sealed class ScheduleDuringSessionTests
{
    [Fact]
    public void Schedule_command_during_a_session_changes_the_schedule_and_not_the_progress()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/train");
        chat.Later(TimeSpan.FromMinutes(2)).Send("done");
        var session = chat.State.Session!;

        var decision = chat.Later(TimeSpan.FromMinutes(1)).Send("/schedule tue thu sat 18:00");

        Assert.Empty(decision.Events);
        Assert.Equal(session, chat.State.Session! with { LastActivityAt = session.LastActivityAt });
        Assert.Equal(new TimeOnly(18, 0), chat.State.ReminderTime);
    }

    [Fact]
    public void Schedule_command_during_a_session_keeps_it_alive()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/train");
        chat.Later(TimeSpan.FromHours(11) + TimeSpan.FromMinutes(55)).Send("/schedule 18:00");

        var decision = chat.Later(TimeSpan.FromMinutes(10)).Send("done");

        Assert.Equal(new SetRecorded(1, 0, SetOutcome.Done, chat.Now), Assert.Single(decision.Events));
    }
}
