using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HipKnee.Bot.Tests.Support;

/// <summary>
/// A database hiccup on demand: a save touching one of the given users fails after its rows were written
/// inside the transaction, before commit — the worst moment for a half-written state.
/// </summary>
public sealed class FailingSaves(IReadOnlyDictionary<long, int> failuresByChat) : SaveChangesInterceptor
{
    private readonly Dictionary<long, int> _left = new(failuresByChat);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var chats = eventData.Context!.ChangeTracker.Entries<UserRecord>().Select(e => e.Entity.ChatId).ToList();
        lock (_left)
        {
            foreach (var chat in chats)
            {
                if (_left.TryGetValue(chat, out var left) && left > 0)
                {
                    _left[chat] = left - 1;
                    throw new DbUpdateException($"simulated failure for chat {chat}");
                }
            }
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
