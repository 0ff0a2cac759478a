using Quartz;

namespace HipKnee.Bot.Scheduling;

public static class SchedulingServices
{
    /// <summary>
    /// Quartz with its in-memory store: who is due when lives in our own tables, so nothing is lost on restart;
    /// a missed minute fires once on start-up instead of being replayed.
    /// </summary>
    public static IServiceCollection AddHipKneeScheduling(this IServiceCollection services)
    {
        services.AddSingleton<ReminderScanner>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<ReminderScanJob>(job => job.WithIdentity(ReminderScanJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(ReminderScanJob.Key)
                .WithIdentity("reminder-scan-every-minute")
                .StartNow()
                .WithCronSchedule("0 * * * * ?", cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
