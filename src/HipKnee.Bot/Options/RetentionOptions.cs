using System.ComponentModel.DataAnnotations;

namespace HipKnee.Bot.Options;

/// <summary>
/// The <c>Retention</c> configuration section: how long bookkeeping rows are kept, so the database does not grow
/// without bound. Users' own records (sessions, sets, skipped days) are never removed by it.
/// </summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string Section = "Retention";

    /// <summary>
    /// Days a handled update id is remembered. Telegram redelivers an update for at most about a day, so a week
    /// leaves a wide margin against handling one twice.
    /// </summary>
    [Range(1, 3650, ErrorMessage = "Retention:ProcessedUpdatesDays must be between 1 and 3650 days.")]
    public int ProcessedUpdatesDays { get; set; } = 7;

    /// <summary>Days a sent, failed or dropped outbox message is kept (for diagnosis); pending ones are never removed.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:OutboxDays must be between 1 and 3650 days.")]
    public int OutboxDays { get; set; } = 30;

    /// <summary>Quartz cron expression for the clean-up; hourly by default, at a minute the reminder scan is least busy with.</summary>
    public string CleanupCron { get; set; } = "0 17 * * * ?";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        CronSetting.Problem($"{Section}:{nameof(CleanupCron)}", CleanupCron);
}
