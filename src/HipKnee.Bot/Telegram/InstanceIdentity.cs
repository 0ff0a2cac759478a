namespace HipKnee.Bot.Telegram;

/// <summary>A name for this process among several instances sharing one database (for leases).</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
}
