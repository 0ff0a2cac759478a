using System.Text;
using CsCheck;
using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Button data is parsed once (<see cref="CallbackData.Parse"/>) into the input that produced it; anything else is a stale button.</summary>
public sealed class ButtonInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Zones = TimeZoneInfo.GetSystemTimeZones().Select(zone => zone.Id).Where(id => ScheduleParser.Zone(id) == id).ToArray();

    private static readonly Gen<ExerciseId?> ExerciseOrAll = Gen.OneOfConst<ExerciseId?>([null, .. Enum.GetValues<ExerciseId>()]);

    private static readonly Gen<DateOnly> Days = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<TimeOnly> Clock = Gen.Select(Gen.Int[0, 23], Gen.Int[0, 59], (hour, minute) => new TimeOnly(hour, minute));

    /// <summary>Every kind of button the coach can show, over its whole range of values.</summary>
    private static readonly Gen<ButtonInput> Buttons = Gen.OneOf<ButtonInput>(
        Gen.Const<ButtonInput>(new TrainButton()),
        Gen.Select(Gen.Bool, Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (done, session, step) =>
            (ButtonInput)new SetButton(done ? SetOutcome.Done : SetOutcome.Skipped, session, step)),
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (session, step) => (ButtonInput)new TimerButton(session, step)),
        Gen.OneOfConst(Languages.Supported.ToArray()).Select(code => (ButtonInput)new LanguageButton(code)),
        Gen.Bool.Select(yes => (ButtonInput)new EraseButton(yes)),
        Gen.Bool.Select(none => (ButtonInput)new RedFlagButton(none)),
        Gen.Const<ButtonInput>(new PainReasonButton()),
        ExerciseOrAll.Select(exercise => (ButtonInput)new HurtButton(exercise)),
        Gen.Select(Gen.OneOfConst(Enum.GetValues<MorningAnswer>()), Days, (answer, day) => (ButtonInput)new MorningButton(answer, day)),
        Gen.Int[0, 10].Select(score => (ButtonInput)new PainButton(score)),
        Gen.Select(ExerciseOrAll, Gen.Int[0, int.MaxValue], (exercise, level) => (ButtonInput)new LevelButton(exercise, level)),
        Gen.OneOfConst(Enum.GetValues<LevelOffer>()).Select(offer => (ButtonInput)new LevelOfferButton(offer)),
        Gen.OneOfConst(Enum.GetValues<WeekBarrier>()).Select(barrier => (ButtonInput)new BarrierButton(barrier)),
        Clock.Select(time => (ButtonInput)new ReminderTimeButton(time)),
        Gen.Const<ButtonInput>(new SummaryOffButton()),
        Gen.Const<ButtonInput>(new PauseButton()),
        Gen.Const<ButtonInput>(new ChangeScheduleButton()),
        Gen.Select(Gen.Int[1, 127], Gen.Bool, (bits, insist) => (ButtonInput)new DaysButton((TrainingDays)bits, insist)),
        Clock.Select(time => (ButtonInput)new TimeButton(time)),
        Gen.OneOfConst(Zones).Select(zone => (ButtonInput)new ZoneButton(zone)),
        Gen.Select(Gen.Bool, Days, (snooze, day) => (ButtonInput)new NudgeButton(snooze, day)));

    [Fact]
    public void Every_button_parses_back_to_the_input_that_produced_it_within_64_bytes() =>
        Buttons.Sample(button =>
        {
            var data = CallbackData.Of(button);
            Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64);
            Assert.Equal(button, CallbackData.Parse(data));
        }, iter: 20_000);

    [Theory]
    [InlineData("")]
    [InlineData("bc:y:1")]
    [InlineData("pn:11")]
    [InlineData("lv:9:1")]
    [InlineData("lang:xx")]
    [InlineData("sd:0")]
    [InlineData("tz:Mars/Olympus")]
    [InlineData("pk:")]
    [InlineData("d:1:2:3")]
    public void Unknown_or_garbled_data_is_one_stale_button_carrying_the_data(string data) =>
        Assert.Equal(new StaleButton(data), CallbackData.Parse(data));

    [Fact]
    public void Any_string_is_some_button_and_a_stale_one_is_answered_kindly_changing_nothing()
    {
        var idle = new UserState(1) { RedFlagsCleared = true };
        var training = Coach.Decide(idle, new CommandInput("train", ""), Now).Next;
        Gen.String.Sample(data =>
        {
            if (CallbackData.Parse(data) is not StaleButton stale)
            {
                return;
            }

            foreach (var state in new[] { idle, training })
            {
                var decision = Coach.Decide(state, stale, Now);
                Assert.Equal([new CallbackAnswer(CoachTexts.For(state.Language).StaleButton)], decision.Replies);
                Assert.Empty(decision.Events);
                Assert.Equal(Coach.Decide(state, new StaleButton(""), Now).Next, decision.Next);
            }
        }, iter: 5_000);
    }
}
