using System.Text.Json;
using HipKnee.Bot.Coaching;
using HipKnee.Bot.Hosting;
using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>
/// Handles webhook updates after they were acknowledged: chats in parallel, each chat's updates in update-id order
/// under a per-chat lease (so several instances never handle one chat at once). A handled update leaves the inbox;
/// anything left by a crash is picked up on the next pass.
/// </summary>
public sealed class InboxProcessor(
    IServiceScopeFactory scopes,
    UpdatePipeline pipeline,
    InboxSignal signal,
    ChatLeaseStore leases,
    BotIdentity identity,
    IntakeHeartbeat heartbeat,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private const int ChatsPerPass = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                heartbeat.Beat();
                await ProcessPendingAsync(stoppingToken);
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError("Inbox pass failed ({Error}); retrying shortly", $"{ex.GetType().Name}: {ex.Message}");
                await Task.Delay(PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public async Task ProcessPendingAsync(CancellationToken ct)
    {
        List<long> chats;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
            chats = await db.Inbox.GroupBy(i => i.ChatId).OrderBy(g => g.Min(i => i.UpdateId)).Select(g => g.Key).Take(ChatsPerPass).ToListAsync(ct);
        }

        var username = chats.Count > 0 ? await identity.UsernameAsync(ct) : null;
        await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (chatId, token) => await ProcessChatAsync(chatId, username, token));
    }

    private async Task ProcessChatAsync(long chatId, string? username, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        if (!await leases.TryAcquireAsync(chatId, ct))
        {
            return;
        }

        try
        {
            var pending = await db.Inbox.AsNoTracking().Where(i => i.ChatId == chatId).OrderBy(i => i.UpdateId).ToListAsync(ct);
            foreach (var row in pending)
            {
                if (Read(row) is { } update && UpdateMapper.Map(update, username) is { } incoming)
                {
                    await pipeline.ProcessAsync(incoming, ct);
                }

                await db.Inbox.Where(i => i.UpdateId == row.UpdateId).ExecuteDeleteAsync(ct);
            }
        }
        finally
        {
            await leases.ReleaseAsync(chatId, CancellationToken.None);
        }
    }
    private Update? Read(InboxUpdate row)
    {
        using var document = JsonDocument.Parse(row.Json);
        return UpdateReader.TryRead(document.RootElement, row.UpdateId, logger);
    }
}
