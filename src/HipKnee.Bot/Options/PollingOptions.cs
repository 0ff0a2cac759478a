using System.ComponentModel.DataAnnotations;

namespace HipKnee.Bot.Options;

/// <summary>
/// The <c>Polling</c> configuration section: Telegram allows one getUpdates consumer per bot (and counts its
/// message limit per bot), so instances elect the poller and the outbox sender through leases in the database;
/// the others stand by.
/// </summary>
public sealed class PollingOptions : IValidatableObject
{
    public const string Section = "Polling";

    /// <summary>
    /// This instance's name in the lease: a restarted process with the same name takes its own lease back at once
    /// instead of waiting for it to expire. In a container (one bot per container) the host name is the container's
    /// own and survives a restart, so it is used as is; elsewhere a random suffix keeps two processes on one host
    /// apart. Pin it (e.g. to the host name) under systemd.
    /// </summary>
    [Required, StringLength(128, MinimumLength = 1)]
    public string InstanceId { get; set; } = DefaultInstanceId(Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER"));

    /// <summary>How long a holder may poll without renewing; a dead holder is replaced after at most this long.</summary>
    [Range(2, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How often the holder renews, and how often the others check whether the lease is free.</summary>
    [Range(1, 3600)]
    public int RenewSeconds { get; set; } = 10;

    /// <param name="runningInContainer">DOTNET_RUNNING_IN_CONTAINER, which Microsoft's .NET images set to true.</param>
    public static string DefaultInstanceId(string? runningInContainer) =>
        string.Equals(runningInContainer, "true", StringComparison.OrdinalIgnoreCase)
            ? Environment.MachineName
            : $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RenewSeconds >= LeaseSeconds)
        {
            yield return new ValidationResult(
                $"{Section}:RenewSeconds ({RenewSeconds}) must be shorter than {Section}:LeaseSeconds ({LeaseSeconds}).",
                [nameof(RenewSeconds), nameof(LeaseSeconds)]);
        }
    }
}
