using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests.Delivery;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Text_within_the_limit_stays_one_message()
    {
        var text = new string('a', MessageSplitter.MaxLength);
        Assert.Equal([text], MessageSplitter.Split(text));
    }

    [Fact]
    public void Long_text_is_split_at_paragraph_breaks_and_every_part_fits()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => $"Paragraph {i}: " + new string('x', 300)).ToList();
        var parts = MessageSplitter.Split(string.Join("\n\n", paragraphs));

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.InRange(part.Length, 1, MessageSplitter.MaxLength));
        Assert.All(parts, part => Assert.StartsWith("Paragraph", part));
        Assert.Equal(paragraphs, parts.SelectMany(part => part.Split("\n\n")));
    }

    [Fact]
    public void Without_paragraphs_it_falls_back_to_lines_then_words_then_a_hard_cut_that_keeps_emoji_whole()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 2000));
        Assert.All(MessageSplitter.Split(words), part => Assert.DoesNotContain("wo rd", part));
        Assert.Equal(words.Replace(" ", ""), string.Concat(MessageSplitter.Split(words)).Replace(" ", ""));

        var emoji = string.Concat(Enumerable.Repeat("💪", 3000));
        var parts = MessageSplitter.Split(emoji);
        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1]), "a surrogate pair was cut"));
        Assert.Equal(emoji, string.Concat(parts));
    }
}
