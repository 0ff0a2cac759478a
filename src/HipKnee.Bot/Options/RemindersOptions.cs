namespace HipKnee.Bot.Options;

/// <summary>The <c>Reminders</c> configuration section.</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>Quartz cron expression for the due-reminder and weekly-summary scans; every minute by default.</summary>
    public string ScanCron { get; set; } = "0 * * * * ?";
}
