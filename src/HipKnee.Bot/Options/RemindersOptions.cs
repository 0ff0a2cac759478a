using System.ComponentModel.DataAnnotations;

namespace HipKnee.Bot.Options;

/// <summary>The <c>Reminders</c> configuration section.</summary>
public sealed class RemindersOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary>Quartz cron expression for the due-reminder and weekly-summary scans; every minute by default.</summary>
    public string ScanCron { get; set; } = "0 * * * * ?";

    /// <summary>
    /// Starts a reminder fan-out too large to send within its minute early, by half the time it takes at the bulk rate
    /// (at most 30 minutes), so lateness is centred on the chosen minute rather than all after it.
    /// </summary>
    public bool StartFanOutsEarly { get; set; }

    /// <summary>How often the hold-timer countdowns are moved on, in milliseconds; 0 turns the ticker off.</summary>
    [Range(0, 60_000)]
    public int TimerTickMilliseconds { get; set; } = 1000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        CronSetting.Problem($"{Section}:{nameof(ScanCron)}", ScanCron);
}
