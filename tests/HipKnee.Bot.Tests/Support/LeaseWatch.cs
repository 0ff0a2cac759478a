using HipKnee.Bot.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace HipKnee.Bot.Tests.Support;

/// <summary>
/// Moves fake time one lease check at a time and waits until every watched instance has done that check, so a
/// test knows exactly at which (fake) instant an instance took the polling lease over.
/// </summary>
public sealed class LeaseWatch(FakeTimeProvider time)
{
    /// <summary>The setting that makes instances log every lease check and renewal.</summary>
    public const string DebugLogs = "--Logging:LogLevel:HipKnee.Bot.Leases=Debug";

    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(10);

    private static readonly string PollingLease = $"the {TelegramPollingService.LeaseName} lease";

    /// <summary>Lines in which an instance checked or renewed the polling lease.</summary>
    public static int Checks(CapturingLoggerProvider logs) =>
        logs.Lines.Count(line => line.Contains(PollingLease, StringComparison.Ordinal) && (line.Contains(" checked ", StringComparison.Ordinal) || line.Contains(" renewed ", StringComparison.Ordinal)));

    /// <summary>Whether the instance has logged that it took the polling lease.</summary>
    public static bool Holds(CapturingLoggerProvider logs) =>
        logs.Lines.Any(line => line.Contains($"holds {PollingLease}", StringComparison.Ordinal));

    /// <summary>Waits for the instance's first check, made when it started.</summary>
    public static Task StartedAsync(CapturingLoggerProvider logs) => Waits.UntilAsync(() => Checks(logs) > 0, "the first lease check");

    /// <summary>Advances fake time by one check interval and waits until each instance has checked or renewed once more.</summary>
    public async Task AdvanceOneCheckAsync(params CapturingLoggerProvider[] instances)
    {
        var before = instances.Select(Checks).ToArray();
        time.Advance(CheckInterval);
        for (var i = 0; i < instances.Length; i++)
        {
            var logs = instances[i];
            var seen = before[i];
            await Waits.UntilAsync(() => Checks(logs) > seen, $"instance {i} to check the polling lease after {time.GetUtcNow():O}");
        }
    }
}
