using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Telegram;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Tests.Delivery;

public sealed class TelegramErrorClassifierTests
{
    [Theory]
    [InlineData(429, "Too Many Requests: retry after 7", typeof(SendResult.RateLimited))]
    [InlineData(500, "Internal Server Error", typeof(SendResult.Transient))]
    [InlineData(502, "Bad Gateway", typeof(SendResult.Transient))]
    [InlineData(403, "Forbidden: bot was blocked by the user", typeof(SendResult.ChatUnreachable))]
    [InlineData(403, "Forbidden: user is deactivated", typeof(SendResult.ChatUnreachable))]
    [InlineData(400, "Bad Request: chat not found", typeof(SendResult.ChatUnreachable))]
    [InlineData(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same", typeof(SendResult.Delivered))]
    [InlineData(400, "Bad Request: message is too long", typeof(SendResult.Rejected))]
    public void Telegram_errors_are_sorted_into_what_the_sender_does(int code, string description, Type expected) =>
        Assert.IsType(expected, TelegramErrorClassifier.Classify(OutboxKind.Message, code, description, retryAfterSeconds: 7));

    [Fact]
    public void A_429_waits_exactly_retry_after_and_a_late_button_answer_counts_as_done()
    {
        var limited = Assert.IsType<SendResult.RateLimited>(TelegramErrorClassifier.Classify(OutboxKind.Message, 429, "Too Many Requests", 7));
        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);
        Assert.IsType<SendResult.Delivered>(TelegramErrorClassifier.Classify(OutboxKind.CallbackAnswer, 400, "Bad Request: query is too old and response timeout expired", null));
    }
}
