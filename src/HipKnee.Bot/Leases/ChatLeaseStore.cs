using HipKnee.Bot.Leases;
using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Leases;

/// <summary>
/// Per-chat leases: an instance handles a chat's inbox only while it holds the chat's lease, so one chat's
/// updates are handled one at a time and in order, whichever instance received them. Expires, so a crashed
/// instance's chats are picked up by another.
/// </summary>
public sealed class ChatLeaseStore(LeaseStore leases, IOptions<PollingOptions> options)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    /// <summary>Takes the leases of as many of <paramref name="chatIds"/> as no other instance holds; returns those chats.</summary>
    public async Task<IReadOnlySet<long>> TryAcquireManyAsync(IReadOnlyCollection<long> chatIds, CancellationToken ct)
    {
        var held = await leases.TryTakeManyAsync(chatIds.Select(Name).ToList(), options.Value.InstanceId, Duration, ct);
        return chatIds.Where(chatId => held.Contains(Name(chatId))).ToHashSet();
    }

    public Task ReleaseManyAsync(IReadOnlyCollection<long> chatIds, CancellationToken ct) =>
        leases.ReleaseManyAsync(chatIds.Select(Name).ToList(), options.Value.InstanceId, ct);

    /// <summary>Every chat lease's name starts with this (the retention clean-up finds them by it).</summary>
    public const string NamePrefix = "chat:";

    public static string Name(long chatId) => FormattableString.Invariant($"{NamePrefix}{chatId}");
}
