using HipKnee.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using HipKnee.Bot.Outbox.Sending;

namespace HipKnee.Bot.Tests.Delivery;

/// <summary>The sender ended by disposal rather than by a clean stop, in either order and more than once.</summary>
public sealed class SenderDisposalTests : FakeApiTest
{
    [Fact]
    public async Task A_host_disposed_without_being_stopped_ends_the_sender_without_an_error_and_stop_or_dispose_later_do_nothing()
    {
        var host = await BotTestHost.StartAsync(Api, Db);
        var sender = host.Services.GetServices<IHostedService>().OfType<OutboxSender>().Single();
        await Api.WaitForCallAsync("getUpdates", Waits.Long);

        await host.DisposeWithoutStoppingAsync();

        await sender.ExecuteTask!.WaitAsync(Waits.Long);
        sender.Dispose();
        await sender.StopAsync(CancellationToken.None);
        sender.Dispose();
    }
}
