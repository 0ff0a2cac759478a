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
        services.AddSettings<RemindersOptions>(configuration, RemindersOptions.Section);
        services.AddSingleton<ReminderScanner>();
        services.AddSingleton<SummaryScanner>();
        services.AddSingleton<MorningCheckScanner>();
        services.AddSingleton<TimerScanner>();
        services.AddHostedService<TimerTicker>();
        var schedule = CronExpression.TryParse(cron, out _) ? cron : new RemindersOptions().ScanCron;
        var cleanupCron = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>()?.CleanupCron ?? new RetentionOptions().CleanupCron;
        services.AddSettings<RetentionOptions>(configuration, RetentionOptions.Section);
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
            quartz.AddJob<SummaryScanJob>(job => job.WithIdentity(SummaryScanJob.Key).RequestRecovery());
            quartz.AddJob<MorningCheckScanJob>(job => job.WithIdentity(MorningCheckScanJob.Key).RequestRecovery());
            foreach (var (key, name) in new[]
            {
                (ReminderScanJob.Key, "reminder-scan-every-minute"), (SummaryScanJob.Key, "summary-scan-every-minute"),
                (MorningCheckScanJob.Key, "morning-check-scan-every-minute"),
            })
            {
                quartz.AddTrigger(trigger => trigger
                    .ForJob(key)
                    .WithIdentity(name)
                    .StartNow()
                    .WithCronSchedule(schedule, cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }

            quartz.AddJob<RetentionCleanupJob>(job => job.WithIdentity(RetentionCleanupJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(RetentionCleanupJob.Key)
                .WithIdentity("retention-cleanup-hourly")
                .StartNow()
                .WithCronSchedule(CronExpression.TryParse(cleanupCron, out _) ? cleanupCron : new RetentionOptions().CleanupCron,
                    cleanup => cleanup.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            quartz.AddQuartzHealthChecks();
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
