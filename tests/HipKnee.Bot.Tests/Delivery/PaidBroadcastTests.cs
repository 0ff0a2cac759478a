using HipKnee.Bot.Persistence;
using HipKnee.Bot.Tests.Support;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests.Delivery;

public sealed class PaidBroadcastTests : FakeApiTest
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Only_bulk_messages_carry_allow_paid_broadcast_and_only_when_the_operator_opted_in(bool optedIn)
    {
        const long chat = 76001;
        await OutboxSeed.AddRowsAsync(Db, [
            OutboxSeed.Row(chat, "an answer"), OutboxSeed.Row(chat, "a reminder", OutboxTopic.Reminder),
            OutboxSeed.Row(chat, "a broadcast", OutboxTopic.Broadcast), OutboxSeed.Row(chat, "a summary", OutboxTopic.Summary),
        ]);

        await using (await BotTestHost.StartAsync(Api, Db, settings: [$"--Telegram:AllowPaidBroadcast={optedIn}"]))
        {
            await Api.WaitForSentCountAsync(chat, 4, Waits.Long);
        }

        var paid = Api.CallsTo("sendMessage").Where(c => c.GetString("allow_paid_broadcast") == "true").Select(c => c.Text);
        Assert.Equal(optedIn ? ["a reminder", "a broadcast", "a summary"] : [], paid);
    }
}
