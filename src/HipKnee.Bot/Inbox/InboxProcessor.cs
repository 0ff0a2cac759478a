using System.Text.Json;
using HipKnee.Bot.Hosting;
using HipKnee.Bot.Leases;
using HipKnee.Bot.Options;
using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using HipKnee.Bot.Telegram;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Inbox;

/// <summary>
/// Handles webhook updates after they were acknowledged, through the same <see cref="ChatDispatcher"/> and
/// <see cref="UpdateUnitOfWork"/> as polling: chats in parallel, each chat's updates in update-id order. A handled
/// update leaves the inbox in its own transaction; anything left by a crash is picked up on the next pass.
/// On PostgreSQL, where several instances share the inbox, a chat is handled only under its chat lease; on SQLite
/// (one machine) one instance handles the whole inbox under a single lease, so a pass costs no lease writes.
/// </summary>
public sealed class InboxProcessor(
    IServiceScopeFactory scopes,
    ChatDispatcher dispatcher,
    UpdateUnitOfWork work,
    InboxSignal signal,
    ChatLeaseStore chatLeases,
    InboxSelection selection,
    SingleInstanceRunner singleInstance,
    UpdateAdmission admission,
    BotIdentity identity,
    IntakeHeartbeat heartbeat,
    DatabaseRetry retry,
    HostedLoop loop,
    IOptions<DatabaseOptions> database,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    public const string LeaseName = "webhook-inbox";
    private const int UpdatesPerPass = 1000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How soon a chat another instance was handling is tried again (its updates may have come to this instance).</summary>
    private static readonly TimeSpan RetryRefusedAfter = TimeSpan.FromMilliseconds(20);
    private int _refused;

    private bool PerChatLeases => database.Value.Provider == DatabaseProvider.Postgres;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PerChatLeases ? LoopAsync(stoppingToken) : singleInstance.RunAsync(LeaseName, LoopAsync, stoppingToken, heartbeat.Beat);

    private Task LoopAsync(CancellationToken stoppingToken) =>
        loop.RunAsync("Inbox pass", PassAsync, PollInterval, logger, stoppingToken);

    private async Task PassAsync(CancellationToken ct)
    {
        heartbeat.Beat();
        // While the database is away the pass waits and is tried again; nothing is deleted meanwhile.
        if (await retry.RunAsync("the webhook inbox", ProcessPendingAsync, ct) < UpdatesPerPass)
        {
            await signal.WaitAsync(Interlocked.Exchange(ref _refused, 0) > 0 ? RetryRefusedAfter : PollInterval, ct);
        }
    }

    /// <summary>
    /// One pass over the oldest pending updates; returns how many this instance took on (all it read, but for chats
    /// another instance holds), so a full pass is followed by the next one at once.
    /// </summary>
    private async Task<int> ProcessPendingAsync(CancellationToken ct)
    {
        List<InboxUpdate> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
            var batch = await selection.NextAsync(db, UpdatesPerPass, ct);
            pending = [.. batch.Rows];
            if (batch.WaitsForAnother)
            {
                Interlocked.Increment(ref _refused);
            }
        }

        if (pending.Count == 0)
        {
            return 0;
        }

        var username = await identity.UsernameAsync(ct);
        var chats = pending.GroupBy(i => i.ChatId).ToList();
        var held = PerChatLeases ? await chatLeases.TryAcquireManyAsync(chats.Select(chat => chat.Key).ToList(), ct) : null;
        if (held is not null && held.Count < chats.Count)
        {
            Interlocked.Increment(ref _refused);
        }

        var mine = pending.Where(row => held is null || held.Contains(row.ChatId)).ToList();
        // Rows done with but still in the inbox: unreadable, not for the coach, or handled before.
        var leftovers = new List<long>();
        try
        {
            // Admitted in update-id order (the flood guard counts per chat), as polling admits a batch.
            var admitted = new List<(IChatUpdate Update, InboxUpdate Row)>();
            foreach (var row in mine)
            {
                if (Read(row) is { } update && admission.Admit(update, username) is { } chatUpdate)
                {
                    admitted.Add((chatUpdate, row));
                }
                else
                {
                    leftovers.Add(row.UpdateId);
                }
            }

            await dispatcher.DispatchAsync(admitted, pair => pair.Update.ChatId, async (pair, token) =>
            {
                if (!await work.RunAsync(pair.Update, pair.Row.Json, LeaveInbox(pair.Row.UpdateId), token))
                {
                    lock (leftovers)
                    {
                        leftovers.Add(pair.Row.UpdateId);
                    }
                }
            }, ct);
            await DeleteAsync(leftovers, ct);
        }
        finally
        {
            if (held is { Count: > 0 })
            {
                await chatLeases.ReleaseManyAsync(held.ToList(), CancellationToken.None);
            }
        }

        return mine.Count;
    }

    /// <summary>The acknowledgement of an inbox update: its row goes in the transaction that is done with it.</summary>
    private static Func<HipKneeDbContext, CancellationToken, Task> LeaveInbox(long updateId) =>
        (db, ct) => db.Inbox.Where(i => i.UpdateId == updateId).ExecuteDeleteAsync(ct);

    private async Task DeleteAsync(List<long> updateIds, CancellationToken ct)
    {
        if (updateIds.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await db.Inbox.Where(i => updateIds.Contains(i.UpdateId)).ExecuteDeleteAsync(ct);
    }

    private Update? Read(InboxUpdate row)
    {
        using var document = JsonDocument.Parse(row.Json);
        return UpdateReader.TryRead(document.RootElement, row.UpdateId, logger);
    }
}
