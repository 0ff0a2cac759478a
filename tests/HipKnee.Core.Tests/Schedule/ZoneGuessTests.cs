using HipKnee.Core.Schedule;

namespace HipKnee.Core.Tests.Schedule;

public sealed class ZoneGuessTests
{
    [Theory]
    [InlineData("de", "Europe/Berlin")]
    [InlineData("de-AT", "Europe/Berlin")]
    [InlineData("pt-BR", "America/Sao_Paulo")]
    [InlineData("pt", "Europe/Lisbon")]
    [InlineData("en-GB", "Europe/London")]
    [InlineData("zh-hans", "Asia/Shanghai")]
    public void Language_code_suggests_a_zone(string language, string zone) =>
        Assert.Equal(zone, ZoneGuess.Guess(language));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("en")]
    [InlineData("xx")]
    public void Unknown_or_ambiguous_language_suggests_nothing(string? language) =>
        Assert.Null(ZoneGuess.Guess(language));

    [Fact]
    public void Offer_puts_the_guess_first_without_repeating_it()
    {
        var offer = ZoneGuess.Offer("de");

        Assert.Equal("Europe/Berlin", offer[0]);
        Assert.Single(offer, zone => zone == "Europe/Berlin");
        Assert.Equal(ZoneGuess.Common.Length, offer.Count);
    }

    [Fact]
    public void Offer_without_a_guess_is_the_common_list() =>
        Assert.Equal(ZoneGuess.Common, ZoneGuess.Offer("en"));

    [Fact]
    public void Every_offered_zone_is_known_to_the_parser() =>
        Assert.All(ZoneGuess.Offer("ja").Concat(ZoneGuess.Common), zone => Assert.Equal(zone, ScheduleParser.Zone(zone)));
}
