using HipKnee.Bot.Options;

namespace HipKnee.Bot.Tests;

public sealed class InstanceIdTests
{
    [Fact]
    public void In_a_container_the_instance_id_is_the_host_name_so_a_restarted_container_takes_its_lease_back() =>
        Assert.Equal(Environment.MachineName, PollingOptions.DefaultInstanceId("true"));

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void Outside_a_container_two_processes_on_one_host_get_different_ids(string? runningInContainer)
    {
        var first = PollingOptions.DefaultInstanceId(runningInContainer);

        Assert.StartsWith(Environment.MachineName + "-", first);
        Assert.NotEqual(first, PollingOptions.DefaultInstanceId(runningInContainer));
    }
}
