using HipKnee.Core.Conversation;

namespace HipKnee.Core.Tests.Conversation;

public sealed class InputParserTests
{
    [Theory]
    [InlineData("/train", "train", "")]
    [InlineData("/TRAIN", "train", "")]
    [InlineData("/schedule mon wed fri 07:30", "schedule", "mon wed fri 07:30")]
    [InlineData("/timezone Europe/Berlin", "timezone", "Europe/Berlin")]
    [InlineData("/pain 3", "pain", "3")]
    [InlineData("  /pain    3  ", "pain", "3")]
    [InlineData("/start@SomeBot", "start", "")]
    [InlineData("/start@SomeBot hello", "start", "hello")]
    [InlineData("/Stats@HipKneeBot", "stats", "")]
    public void Command_is_parsed_into_a_lower_case_name_and_its_arguments(string text, string name, string args) =>
        Assert.Equal(new CommandInput(name, args), InputParser.Parse(text));

    [Theory]
    [InlineData("start")]
    [InlineData("START")]
    [InlineData("start!")]
    public void Typed_start_means_train(string text) =>
        Assert.Equal(new CommandInput("train", ""), InputParser.Parse(text));

    [Theory]
    [InlineData("/start@SomeBot", "SomeBot")]
    [InlineData("/pain@HipKneeBot 3", "HipKneeBot")]
    [InlineData("/start", null)]
    [InlineData("/start hi@SomeBot", null)]
    [InlineData("mail me@example.org", null)]
    [InlineData("", null)]
    public void Addressed_bot_is_read_from_the_command_word_only(string text, string? bot) =>
        Assert.Equal(bot, InputParser.AddressedBot(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n ")]
    [InlineData("\u200B")]
    public void Empty_or_blank_text_is_empty_text_input(string text) =>
        Assert.Equal(new TextInput(""), InputParser.Parse(text));

    [Theory]
    [InlineData("שלום, מה שלומך?")]
    [InlineData("مرحبا")]
    [InlineData("你好，教练")]
    [InlineData("🏃‍♀️")]
    [InlineData("🎉🎉")]
    [InlineData("hello there")]
    [InlineData("/")]
    public void Other_text_is_kept_as_text_input(string text) =>
        Assert.Equal(new TextInput(text), InputParser.Parse(text));

    [Fact]
    public void Inner_whitespace_is_folded_and_invisible_characters_dropped() =>
        Assert.Equal(new TextInput("how long now"), InputParser.Parse(" how\u200B  long\n\nnow "));

    [Theory]
    [InlineData("done", typeof(DoneInput))]
    [InlineData("d", typeof(DoneInput))]
    [InlineData("✔️", typeof(DoneInput))]
    [InlineData("Finished!", typeof(DoneInput))]
    [InlineData("skip", typeof(SkipInput))]
    [InlineData("s", typeof(SkipInput))]
    [InlineData("⏭️", typeof(SkipInput))]
    public void Done_and_skip_words_are_recognised(string text, Type expected) =>
        Assert.IsType(expected, InputParser.Parse(text));
}
