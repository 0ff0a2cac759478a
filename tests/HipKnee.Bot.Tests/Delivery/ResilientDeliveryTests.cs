using HipKnee.Bot.Options;
using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>The retry policy on a fake clock: how many attempts, and over how long, before a message is given up.</summary>
public sealed class ResilientDeliveryTests
{
    [Fact]
    public async Task A_server_that_keeps_failing_is_retried_with_growing_pauses_and_given_up_within_ten_minutes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        var transport = new AlwaysFailing(time);
        var settings = new TelegramOptions { SendAttempts = 50, SendRetryDelay = TimeSpan.FromSeconds(2), SendRetryMaxDelay = TimeSpan.FromMinutes(2) };
        var limiter = new DeliveryRateLimiter(RateLimits.From(settings), time);
        var delivery = new ResilientDelivery(transport, limiter, Microsoft.Extensions.Options.Options.Create(settings), time, NullLogger<ResilientDelivery>.Instance);

        var sending = delivery.SendAsync(new OutboxMessage { Id = 1, ChatId = 7, Kind = OutboxKind.Message, Text = "hi" }, SendLane.Reply, CancellationToken.None, CancellationToken.None);
        while (!sending.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        var (result, attempts) = await sending;
        Assert.IsType<SendResult.Transient>(result);
        Assert.Equal(transport.Attempts.Count, attempts);
        Assert.InRange(attempts, 5, 49);
        Assert.True(transport.Attempts[^1] - transport.Attempts[0] <= TimeSpan.FromMinutes(10), $"last attempt {transport.Attempts[^1] - transport.Attempts[0]} after the first");
        var pauses = transport.Attempts.Zip(transport.Attempts.Skip(1), (a, b) => b - a).ToList();
        Assert.True(pauses[^1] > pauses[0], "pauses grow");
        Assert.All(pauses, pause => Assert.True(pause <= TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1)));
    }

    private sealed class AlwaysFailing(TimeProvider time) : IReplyTransport
    {
        public List<DateTimeOffset> Attempts { get; } = [];

        public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
        {
            Attempts.Add(time.GetUtcNow());
            return Task.FromResult<SendResult>(new SendResult.Transient("500 Internal Server Error"));
        }
    }
}
