using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HipKnee.Bot.Persistence;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Tests.Support;

/// <summary>
/// Feeds updates to the running bot and waits until they have settled: confirmed by a later getUpdates
/// offset (so handled) and nothing left pending in the outbox (so every reply has gone out).
/// </summary>
public sealed partial class SettledIntake(FakeBotApi api, TestDatabase db)
{
    private static readonly string[] Outgoing = ["sendMessage", "sendPhoto", "answerCallbackQuery"];

    /// <summary>Enqueues the updates in order and returns the Bot API calls they caused.</summary>
    public async Task<IReadOnlyList<RecordedCall>> SendAsync(params JsonObject[] updates)
    {
        var before = api.Calls.Count;
        var last = 0L;
        foreach (var update in updates)
        {
            last = api.EnqueueUpdate(update);
        }

        await SettleAsync(last);
        return api.Calls.Skip(before).Where(call => !call.Failed && Outgoing.Any(call.Is)).ToList();
    }

    /// <summary>
    /// Enqueues JSON verbatim (for documents no JSON library can round-trip), with its update_id replaced
    /// by one above everything confirmed so far.
    /// </summary>
    public async Task<IReadOnlyList<RecordedCall>> SendRawAsync(string json)
    {
        var before = api.Calls.Count;
        var id = api.LastOffset + 1000;
        api.EnqueueRaw(UpdateIdPattern().Replace(json, $"\"update_id\": {id}", 1));
        await SettleAsync(id);
        return api.Calls.Skip(before).Where(call => !call.Failed && Outgoing.Any(call.Is)).ToList();
    }

    public Task<IReadOnlyList<RecordedCall>> SendTextAsync(long chatId, string text) =>
        SendAsync(UpdateFactory.TextUpdate(chatId, text, chatId, "en", messageId: 1, date: DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public async Task<UserRecord?> UserAsync(long chatId)
    {
        await using var context = db.Open();
        return await context.Users.AsNoTracking().SingleOrDefaultAsync(u => u.ChatId == chatId);
    }

    [GeneratedRegex("\"update_id\"\\s*:\\s*\\d+")]
    private static partial Regex UpdateIdPattern();

    private async Task SettleAsync(long updateId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (api.LastOffset > updateId)
            {
                await using var context = db.Open();
                if (!await context.Outbox.AnyAsync(m => m.Status == OutboxStatus.Pending))
                {
                    return;
                }
            }

            if (clock.Elapsed > Waits.Long)
            {
                throw new TimeoutException($"Update {updateId} did not settle; calls so far:{Environment.NewLine}{string.Join(Environment.NewLine, api.Calls)}");
            }

            await Task.Delay(20);
        }
    }
}
