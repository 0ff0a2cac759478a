using HipKnee.Core.Conversation;
using HipKnee.Core.Schedule;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>/schedule and the setup read Chinese weekday names (issue 12, item 16).</summary>
public sealed class ChineseWeekdayTests
{
    private const TrainingDays MonWedFri = TrainingDays.Monday | TrainingDays.Wednesday | TrainingDays.Friday;

    [Theory]
    [InlineData("周一 周三 周五")]
    [InlineData("星期一 星期三 星期五")]
    [InlineData("周一周三周五")]
    [InlineData("周一、周三、周五")]
    [InlineData("礼拜一 礼拜三 礼拜五")]
    [InlineData("mon 周三 星期五")]
    public void Chinese_weekday_names_are_read(string typed) =>
        Assert.Equal(MonWedFri, ScheduleParser.Days(ScheduleParser.Words(typed)));

    [Theory]
    [InlineData("周日", TrainingDays.Sunday)]
    [InlineData("周天", TrainingDays.Sunday)]
    [InlineData("星期日", TrainingDays.Sunday)]
    [InlineData("星期天", TrainingDays.Sunday)]
    [InlineData("星期六", TrainingDays.Saturday)]
    public void Sunday_and_saturday_in_every_form(string typed, TrainingDays day) =>
        Assert.Equal(day, ScheduleParser.Days(ScheduleParser.Words(typed)));

    [Fact]
    public void Schedule_command_in_chinese_sets_days_and_time()
    {
        var chat = new TestChat(Moments.WinterSundayNoon, new UserState(42) { Language = "zh", ZoneChosen = true, TimeZoneId = "Asia/Shanghai" });

        var decision = chat.Send("/schedule 周一 周三 周五 07:30");

        Assert.Equal(MonWedFri, chat.State.TrainingDays);
        Assert.Equal(new TimeOnly(7, 30), chat.State.ReminderTime);
        Assert.True(chat.State.HasSchedule);
        Assert.Contains("周一、周三、周五 07:30", decision.AllText());
    }

    [Fact]
    public void The_setup_takes_chinese_days_typed_without_spaces()
    {
        var chat = new TestChat(Moments.WinterSundayNoon, new UserState(42) { Language = "zh" });
        chat.Send("/start");
        chat.Press(SafetyButtons.RedFlagsNone);

        chat.Send("星期二星期四星期六");

        Assert.Equal(TrainingDays.Tuesday | TrainingDays.Thursday | TrainingDays.Saturday, chat.State.TrainingDays);
        Assert.Equal(SetupStep.Time, chat.State.Setup);
    }

    [Fact]
    public void Zone_buttons_show_readable_chinese_names()
    {
        var chat = new TestChat(Moments.WinterSundayNoon, new UserState(42) { Language = "zh", LanguageCode = "zh-hans" });

        var decision = chat.Send("/timezone");

        var first = decision.TextReplies()[0].Buttons[0][0];
        Assert.Equal(("北京时间（上海）", ScheduleButtons.Zone("Asia/Shanghai")), (first.Label, first.Data));
        Assert.Contains(decision.TextReplies()[0].Buttons.SelectMany(row => row), button => button.Label == "纽约");
    }
}
