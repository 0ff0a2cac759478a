namespace HipKnee.Bot.Tests.Support;

public static class Waits
{
    /// <summary>Generous: only reached when something is broken, never a timing assertion.</summary>
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    /// <summary>Waits until <paramref name="condition"/> holds; throws naming <paramref name="what"/> after <see cref="Long"/>.</summary>
    public static Task UntilAsync(Func<bool> condition, string what) => UntilAsync(() => Task.FromResult(condition()), what);

    /// <summary>Waits until <paramref name="condition"/> holds, for conditions that query something.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Long);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {Long.TotalSeconds} s waiting for {what}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }
}
