using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Coaching;

/// <summary>
/// Sets an update aside that kept failing against a working database: its dead letter, its processed id (so a
/// redelivery is not handled again) and its acknowledgement (the removal of its inbox row), in one transaction.
/// </summary>
public sealed class DeadLetters(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task SetAsideAsync(IChatUpdate update, string? json, string error, Func<HipKneeDbContext, CancellationToken, Task>? acknowledge, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginOrCloseAsync(ct);
        if (update.UpdateId is { } id)
        {
            if (await db.ProcessedUpdates.AnyAsync(p => p.UpdateId == id, ct))
            {
                // Handled in the meantime (another instance, or an attempt whose commit was not acknowledged).
                return;
            }

            db.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = id, ProcessedAt = now });
        }

        if (acknowledge is not null)
        {
            await acknowledge(db, ct);
        }

        db.DeadLetters.Add(new DeadLetter { UpdateId = update.UpdateId, ChatId = update.ChatId, Json = json ?? "", Error = error[..Math.Min(error.Length, 2048)], FailedAt = now });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
