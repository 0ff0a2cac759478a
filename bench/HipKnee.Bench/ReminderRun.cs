using System.Diagnostics;
using HipKnee.Bot.Persistence;
using HipKnee.Bot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HipKnee.Bench;

/// <summary>
/// One run: <c>users</c> users whose reminders fall due in the same minute, bulk-inserted into a fresh database, then
/// one <see cref="ReminderScanner.ScanAsync"/> at that minute on a fake clock. The host is built but not started,
/// so no sender drains the outbox: it is the counting sink.
/// </summary>
public static class ReminderRun
{
    public static async Task<ReminderResult> RunAsync(string provider, int users)
    {
        using var db = BenchDatabase.Create(provider);
        var due = SeedUsers.MondayReminder;
        var time = new FakeTimeProvider(due.AddDays(-1));
        var timer = new CommandTimer();
        await using var host = await BenchBot.BuildAsync(BenchBot.Arguments(db, "http://127.0.0.1:9"), services =>
        {
            services.AddSingleton<TimeProvider>(time);
            BenchBot.Intercept(services, timer);
        });

        var seed = Stopwatch.StartNew();
        await DueUsersSeed.AddAsync(db, users, idleProbes: 0, idleCount: 0, due, time.GetUtcNow());
        seed.Stop();

        time.SetUtcNow(due);
        var scanner = host.Services.GetRequiredService<ReminderScanner>();
        timer.Reset();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var scan = Stopwatch.StartNew();
        var handled = await scanner.ScanAsync(CancellationToken.None);
        scan.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var (database, commands) = (timer.Elapsed, timer.Commands);

        await using var check = db.Open();
        var stillDue = await check.Users.CountAsync(u => u.NextNudgeAt != null && u.NextNudgeAt <= due);
        var perChat = await check.Outbox.GroupBy(m => m.ChatId).Select(g => g.Count()).ToListAsync();
        var notExactlyOnce = perChat.Count(count => count != 1) + (users - perChat.Count);
        var batches = users / ReminderScanner.BatchSize + 1;
        return new ReminderResult(db.Provider, users, handled, seed.Elapsed, scan.Elapsed, database, commands, batches, stillDue, notExactlyOnce) { Cpu = cpu };
    }
}
