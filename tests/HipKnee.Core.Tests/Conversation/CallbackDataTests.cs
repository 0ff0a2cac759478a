using System.Text;
using CsCheck;
using HipKnee.Core.Conversation;

namespace HipKnee.Core.Tests.Conversation;

public sealed class CallbackDataTests
{
    private const int TelegramCallbackDataLimit = 64;

    [Fact]
    public void Done_button_round_trips() =>
        Assert.Equal(new SetButton(SetOutcome.Done, 3, 5), CallbackData.Parse(CallbackData.Done(3, 5)));

    [Fact]
    public void Skip_button_round_trips() =>
        Assert.Equal(new SetButton(SetOutcome.Skipped, 12, 0), CallbackData.Parse(CallbackData.Skip(12, 0)));

    [Fact]
    public void Payloads_have_the_documented_shape()
    {
        Assert.Equal("d:4:2", CallbackData.Done(4, 2));
        Assert.Equal("s:4:2", CallbackData.Skip(4, 2));
        Assert.Equal("t", CallbackData.Train);
    }

    [Theory]
    [InlineData("")]
    [InlineData("t")]
    [InlineData("d")]
    [InlineData("d:1")]
    [InlineData("d:1:2:3")]
    [InlineData("x:1:2")]
    [InlineData("D:1:2")]
    [InlineData("d:a:2")]
    [InlineData("d:1:b")]
    [InlineData("d::2")]
    [InlineData("d:-1:2")]
    [InlineData("d:+1:2")]
    [InlineData("d: 1:2")]
    [InlineData("d:1.0:2")]
    [InlineData("d:99999999999:2")]
    [InlineData("d:١:٢")]
    [InlineData("💥:1:2")]
    public void Garbage_is_not_a_set_button(string data) =>
        Assert.IsNotType<SetButton>(CallbackData.Parse(data));

    [Fact]
    public void Largest_session_number_still_fits_telegrams_64_bytes()
    {
        foreach (var data in new[] { CallbackData.Done(int.MaxValue, 7), CallbackData.Skip(int.MaxValue, 7), CallbackData.Train })
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, TelegramCallbackDataLimit);
        }

        Assert.Equal(new SetButton(SetOutcome.Skipped, int.MaxValue, 7), CallbackData.Parse(CallbackData.Skip(int.MaxValue, 7)));
    }

    [Fact]
    public void Any_session_and_step_round_trip_within_64_bytes() =>
        Gen.Select(Gen.Int[1, int.MaxValue], Gen.Int[0, 8], Gen.Bool).Sample((session, step, done) =>
        {
            var data = done ? CallbackData.Done(session, step) : CallbackData.Skip(session, step);
            Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, TelegramCallbackDataLimit);
            var expected = new SetButton(done ? SetOutcome.Done : SetOutcome.Skipped, session, step);
            Assert.Equal(expected, CallbackData.Parse(data));
        }, iter: 10_000);

    [Fact]
    public void Random_strings_never_throw() =>
        Gen.String.Sample(data => Assert.NotNull(CallbackData.Parse(data)), iter: 10_000);
}
