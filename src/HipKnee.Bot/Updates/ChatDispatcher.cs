using HipKnee.Bot.Options;
using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Updates;

/// <summary>
/// Hands a batch of updates to their handler, for polling and the webhook inbox alike: each chat's updates one at a
/// time in the order given, different chats in parallel, at most <see cref="TelegramOptions.ChatsInParallel"/> at
/// once, so a burst from thousands of chats never opens thousands of transactions (and connections) together.
/// </summary>
public sealed class ChatDispatcher(IOptions<TelegramOptions> options)
{
    /// <summary>Returns once every item is handled; the first handler exception (or <paramref name="ct"/>) stops the rest.</summary>
    public Task DispatchAsync<T>(IEnumerable<T> items, Func<T, long> chatOf, Func<T, CancellationToken, Task> handle, CancellationToken ct)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.ChatsInParallel, CancellationToken = ct };
        // GroupBy keeps the given order within each chat.
        return Parallel.ForEachAsync(items.GroupBy(chatOf), parallel, async (chat, token) =>
        {
            foreach (var item in chat)
            {
                await handle(item, token);
            }
        });
    }
}
