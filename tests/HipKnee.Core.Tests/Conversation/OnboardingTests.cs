using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>/start on a new user walks through days → time → zone, by button or by typing.</summary>
public sealed class OnboardingTests
{
    private const TrainingDays MonWedFri = TrainingDays.Monday | TrainingDays.Wednesday | TrainingDays.Friday;

    [Fact]
    public void Start_greets_shows_the_red_flags_and_only_then_asks_for_three_days_with_buttons()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);

        var greeting = chat.Send("/start");
        Assert.Equal(2, greeting.TextReplies().Count);
        Assert.Contains("sharp pain", greeting.TextReplies()[0].Text);
        Assert.Contains("swelling", greeting.TextReplies()[1].Text);
        Assert.Equal(SetupStep.None, chat.State.Setup);

        var decision = chat.Press(SafetyButtons.RedFlagsNone);

        var ask = decision.TextReplies()[0];
        Assert.Contains("Which three days", ask.Text);
        Assert.Contains(ScheduleButtons.Days(MonWedFri), ask.Buttons.SelectMany(row => row).Select(button => button.Data));
        Assert.Equal(SetupStep.Days, chat.State.Setup);
        Assert.False(chat.State.HasSchedule);
        Assert.Null(chat.State.NextNudge);
    }

    [Fact]
    public void Buttons_lead_from_days_to_time_to_zone_and_end_with_the_next_reminder()
    {
        var chat = new TestChat(Moments.WinterSundayNoon, new UserState(ChatId: 42) { LanguageCode = "de" });
        chat.Send("/start");
        chat.Press(SafetyButtons.RedFlagsNone);

        var days = chat.Press(ScheduleButtons.Days(MonWedFri));
        Assert.Equal(new CallbackAnswer(null), days.Replies[0]);
        Assert.Contains("Mon, Wed, Fri", days.AllText());
        Assert.Contains(ScheduleButtons.Time(new TimeOnly(7, 30)), days.ButtonData());
        Assert.Equal(SetupStep.Time, chat.State.Setup);

        var time = chat.Press(ScheduleButtons.Time(new TimeOnly(7, 30)));
        Assert.Contains("time zone", time.AllText());
        Assert.Equal(ScheduleButtons.Zone("Europe/Berlin"), time.ButtonData()[0]);
        Assert.Equal(SetupStep.Zone, chat.State.Setup);
        Assert.False(chat.State.HasSchedule);

        var zone = chat.Press(ScheduleButtons.Zone("Europe/Berlin"));
        Assert.Contains("All set", zone.AllText());
        Assert.Contains("Mon, Wed, Fri at 07:30 (Europe/Berlin)", zone.AllText());
        Assert.Contains("Next reminder: Mon 2 Mar, 07:30.", zone.AllText());
        AssertScheduled(chat.State, MonWedFri, new TimeOnly(7, 30), "Europe/Berlin");
        Assert.Equal(Moments.Utc(2026, 3, 2, 6, 30), chat.Planned.At);
    }

    [Fact]
    public void Typed_answers_work_at_every_step()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        chat.Send("/start");
        chat.Press(SafetyButtons.RedFlagsNone);

        Assert.Contains("What time", chat.Send("Tue, Thu, Sat").AllText());
        Assert.Contains("time zone", chat.Send("18:15").AllText());
        var done = chat.Send("america/new_york");

        Assert.Contains("All set", done.AllText());
        Assert.Contains("(America/New_York)", done.AllText());
        AssertScheduled(chat.State, TrainingDays.Tuesday | TrainingDays.Thursday | TrainingDays.Saturday, new TimeOnly(18, 15), "America/New_York");
        Assert.Equal(Moments.Utc(2026, 3, 3, 23, 15), chat.Planned.At);
    }

    [Theory]
    [InlineData("mon wed")]
    [InlineData("mon tue wed fri")]
    [InlineData("fri")]
    public void Anything_but_three_days_is_asked_again(string typed)
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        chat.Send("/start");
        chat.Press(SafetyButtons.RedFlagsNone);
        var before = chat.State;

        var decision = chat.Send(typed);

        Assert.Contains("exactly three days", Assert.Single(decision.TextReplies()).Text);
        Assert.NotEmpty(decision.ButtonData());
        Assert.Equal(before, chat.State);
    }

    [Theory]
    [InlineData(2, "mon wed funday", "couldn't read those days")]
    [InlineData(3, "25:00", "HH:MM")]
    [InlineData(3, "half past seven", "HH:MM")]
    [InlineData(4, "Mars/Olympus", "Europe/Berlin")]
    public void Unreadable_answer_gets_a_hint_and_stays_on_the_same_question(int step, string typed, string hint)
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        string[] answers = ["/start", "mon wed fri", "07:30"];
        foreach (var answer in answers.Take(step - 1))
        {
            chat.Send(answer);
            if (answer == "/start")
            {
                chat.Press(SafetyButtons.RedFlagsNone);
            }
        }

        var before = chat.State;

        var decision = chat.Send(typed);

        Assert.Contains(hint, Assert.Single(decision.TextReplies()).Text);
        Assert.NotEmpty(decision.ButtonData());
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void Timezone_command_as_the_answer_to_the_zone_question_finishes_the_setup()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        chat.Send("/start");
        chat.Press(SafetyButtons.RedFlagsNone);
        chat.Send("mon wed fri");
        chat.Send("07:30");

        var decision = chat.Send("/timezone Europe/Berlin");

        Assert.Contains("All set", decision.AllText());
        AssertScheduled(chat.State, MonWedFri, new TimeOnly(7, 30), "Europe/Berlin");
        Assert.NotNull(chat.State.NextNudge);
    }

    [Fact]
    public void Unanswered_days_question_does_not_capture_text_after_a_session()
    {
        var chat = new TestChat(Moments.WinterSundayNoon);
        chat.Send("/start");
        chat.Press(SafetyButtons.RedFlagsNone);
        chat.Press(CallbackData.Train);
        chat.TrainFully();

        var decision = chat.Send("thanks");

        Assert.DoesNotContain("couldn't read those days", decision.AllText());
    }

    private static void AssertScheduled(UserState state, TrainingDays days, TimeOnly time, string zone)
    {
        Assert.True(state.HasSchedule);
        Assert.Equal((days, time, zone, SetupStep.None), (state.TrainingDays, state.ReminderTime, state.TimeZoneId, state.Setup));
    }
}
