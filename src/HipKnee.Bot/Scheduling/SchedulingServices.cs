using HipKnee.Bot.Options;
using Npgsql;
using Quartz;

namespace HipKnee.Bot.Scheduling;

public static class SchedulingServices
{
    /// <summary>
    /// Quartz with the one reminder-scan job. On PostgreSQL its store is persistent and clustered, so the scan runs
    /// on exactly one instance per minute and moves to another when that one dies. On SQLite (one instance) the
    /// store stays in memory: who is due when lives in our own tables anyway, and Quartz's ADO store on SQLite
    /// fights our own writers for the file ("database is locked"). A missed minute fires once, not replayed.
    /// </summary>
    public static IServiceCollection AddHipKneeScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var cron = configuration.GetSection(RemindersOptions.Section).Get<RemindersOptions>()?.ScanCron ?? new RemindersOptions().ScanCron;
        services.AddOptions<RemindersOptions>().Bind(configuration.GetSection(RemindersOptions.Section))
            .Validate(o => CronExpression.TryParse(o.ScanCron, out _), "Reminders:ScanCron is not a valid Quartz cron expression.")
            .ValidateOnStart();
        services.AddSingleton<ReminderScanner>();
        var cleanupCron = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>()?.CleanupCron ?? new RetentionOptions().CleanupCron;
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.CleanupCron, out _), "Retention:CleanupCron is not a valid Quartz cron expression.")
            .ValidateOnStart();
        services.AddSingleton<RetentionCleanup>();
        services.AddQuartz(quartz =>
        {
            if (DatabaseCheck.Provider(configuration) == DatabaseProvider.Postgres)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(NpgsqlFactory.Instance, DatabaseCheck.ConnectionString(configuration));
                    store.UseClustering();
                    // Quartz's own DDL for its version (qrtz_* tables), idempotent and safe when instances start together.
                    store.ProvisionSchema();
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }

            // Recovery: a scan cut short by a dying instance runs again on another; claiming is transactional, so that is safe.
            quartz.AddJob<ReminderScanJob>(job => job.WithIdentity(ReminderScanJob.Key).RequestRecovery());
            AddCronTrigger(quartz, ReminderScanJob.Key, "reminder-scan-every-minute", cron, new RemindersOptions().ScanCron);
            quartz.AddJob<RetentionCleanupJob>(job => job.WithIdentity(RetentionCleanupJob.Key));
            AddCronTrigger(quartz, RetentionCleanupJob.Key, "retention-cleanup-hourly", cleanupCron, new RetentionOptions().CleanupCron);
            quartz.AddQuartzHealthChecks();
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>
    /// A cron trigger for a job; an invalid expression falls back to the default here and fails option validation at
    /// start. A missed fire runs once, not once per missed time.
    /// </summary>
    private static void AddCronTrigger(IQuartzBuilder quartz, JobKey job, string name, string cron, string fallback) =>
        quartz.AddTrigger(trigger => trigger
            .ForJob(job)
            .WithIdentity(name)
            .StartNow()
            .WithCronSchedule(CronExpression.TryParse(cron, out _) ? cron : fallback,
                schedule => schedule.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
}
