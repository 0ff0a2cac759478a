using System.ComponentModel.DataAnnotations;
using Quartz;

namespace HipKnee.Bot.Options;

/// <summary>A Quartz cron setting: six or seven fields, seconds first (not the five-field Unix form).</summary>
public static class CronSetting
{
    public static IEnumerable<ValidationResult> Problem(string key, string? expression)
    {
        if (!CronExpression.TryParse(expression ?? "", out _))
        {
            yield return new ValidationResult(
                $"{key} must be a Quartz cron expression, seconds first, e.g. '0 * * * * ?' for every minute (got '{expression}')");
        }
    }
}
