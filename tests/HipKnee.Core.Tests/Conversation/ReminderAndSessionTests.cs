using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>The reminder scan never touches a session: it neither closes a stale one nor moves one on.</summary>
public sealed class ReminderAndSessionTests
{
    [Fact]
    public void Reminder_due_does_not_close_a_stale_session()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/train");
        chat.Later(TimeSpan.FromMinutes(2)).Send("done");
        var session = chat.State.Session!;

        var decision = chat.DueOnTime();

        Assert.True(session.IsStaleAt(chat.Now));
        Assert.DoesNotContain(decision.Events, recorded => recorded is SessionEnded);
        Assert.Equal(session, chat.State.Session);
    }

    [Fact]
    public void Reminder_due_during_a_session_from_the_day_before_keeps_its_progress()
    {
        var chat = TestChat.Scheduled(Moments.Utc(2026, 3, 1, 22, 0));
        chat.Send("/train");
        chat.Later(TimeSpan.FromMinutes(2)).Send("done");
        chat.Later(TimeSpan.FromMinutes(2)).Send("skip");
        var session = chat.State.Session;

        var decision = chat.DueOnTime();
        chat.DueOnTime();

        Assert.Empty(decision.Events);
        Assert.Equal(session, chat.State.Session);
        Assert.Equal(1, chat.State.SessionCount);
    }

    [Fact]
    public void Stale_session_is_closed_by_the_users_next_message_not_by_the_reminder()
    {
        var chat = TestChat.Scheduled(Moments.WinterSundayNoon);
        chat.Send("/train");
        chat.DueOnTime();

        var decision = chat.Later(TimeSpan.FromMinutes(5)).Press(CallbackData.Train);

        Assert.Equal(
            [new SessionEnded(1, SessionOutcome.Abandoned, 0, 0, chat.Now), new SessionStarted(2, chat.Now)],
            decision.Events);
    }
}
