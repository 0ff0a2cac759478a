using HipKnee.Bot.Options;
using Quartz;

namespace HipKnee.Bot.Scheduling;

public static class SchedulingServices
{
    /// <summary>
    /// Quartz with its in-memory store: who is due when lives in our own tables, so nothing is lost on restart;
    /// a missed minute fires once on start-up instead of being replayed.
    /// </summary>
    public static IServiceCollection AddHipKneeScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var cron = configuration.GetSection(RemindersOptions.Section).Get<RemindersOptions>()?.ScanCron ?? new RemindersOptions().ScanCron;
        services.AddOptions<RemindersOptions>().Bind(configuration.GetSection(RemindersOptions.Section))
            .Validate(o => CronExpression.TryParse(o.ScanCron, out _), "Reminders:ScanCron is not a valid Quartz cron expression.")
            .ValidateOnStart();
        services.AddSingleton<ReminderScanner>();
        services.AddSingleton<SummaryScanner>();
        var schedule = CronExpression.TryParse(cron, out _) ? cron : new RemindersOptions().ScanCron;
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<ReminderScanJob>(job => job.WithIdentity(ReminderScanJob.Key));
            quartz.AddJob<SummaryScanJob>(job => job.WithIdentity(SummaryScanJob.Key));
            foreach (var (key, name) in new[] { (ReminderScanJob.Key, "reminder-scan-every-minute"), (SummaryScanJob.Key, "summary-scan-every-minute") })
            {
                quartz.AddTrigger(trigger => trigger
                    .ForJob(key)
                    .WithIdentity(name)
                    .StartNow()
                    .WithCronSchedule(schedule, cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
