using System.Diagnostics;
using System.Text;
using HipKnee.Bot.Telegram;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bench;

/// <summary>
/// Simulated users, each doing one whole session (/train, then done eight times) through a bot's webhook, as
/// Telegram would post their updates; replies are timed where the fake Bot API receives them.
/// </summary>
public sealed class WebhookDriver : IDisposable
{
    public static readonly string[] Session = ["/train", "done", "done", "done", "done", "done", "done", "done", "done"];
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(120);
    private const int MaxAttempts = 5;

    private readonly WebhookTarget _target;
    private readonly ReplyWatch _replies;
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
    private long _nextUpdateId;
    private long _nextChatId;
    private int _posts;
    private int _refused;

    public WebhookDriver(WebhookTarget target, ReplyWatch replies, long firstChatId)
    {
        (_target, _replies, _nextChatId) = (target, replies, firstChatId);
        _nextUpdateId = 1_000_000;
    }

    /// <summary>As fast as it goes: every user at once, each sending its next update as soon as the last one's reply came.</summary>
    public async Task<WebhookRun> ClosedLoopAsync(int users)
    {
        var chats = NewChats(users);
        var posted = chats.ToDictionary(chat => chat, _ => new long[Session.Length]);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.GetTimestamp();
        await Task.WhenAll(chats.Select(async chat =>
        {
            for (var step = 0; step < Session.Length; step++)
            {
                posted[chat][step] = await PostAsync(chat, step);
                await _replies.WaitForAsync(chat, step + 1, ReplyTimeout);
            }
        }));
        return Measure("max", clock, posted) with { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu };
    }

    /// <summary>
    /// A fixed arrival rate whatever the bot does: update k of the whole run is posted at k / rate seconds, users taking
    /// turns (so each user answers every users / rate seconds), without waiting for replies.
    /// </summary>
    public async Task<WebhookRun> OpenLoopAsync(int users, double perSecond)
    {
        var chats = NewChats(users);
        var posted = chats.ToDictionary(chat => chat, _ => new long[Session.Length]);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.GetTimestamp();
        var posts = new List<Task>();
        for (var k = 0; k < users * Session.Length; k++)
        {
            var (chat, step) = (chats[k % users], k / users);
            var due = TimeSpan.FromSeconds(k / perSecond) - Stopwatch.GetElapsedTime(clock);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            posts.Add(Task.Run(async () => posted[chat][step] = await PostAsync(chat, step)));
        }

        await Task.WhenAll(posts);
        await Task.WhenAll(chats.Select(chat => _replies.WaitForAsync(chat, Session.Length, ReplyTimeout)));
        return Measure($"{perSecond:0}/s", clock, posted) with { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu };
    }

    public void Dispose() => _http.Dispose();

    private long[] NewChats(int users)
    {
        var first = _nextChatId;
        _nextChatId += users;
        return Enumerable.Range(0, users).Select(i => first + i).ToArray();
    }

    /// <summary>
    /// Posts the chat's update for <paramref name="step"/>, again after anything but 2xx as Telegram does (counted as
    /// refused); returns when the first post started.
    /// </summary>
    private async Task<long> PostAsync(long chat, int step)
    {
        var id = Interlocked.Increment(ref _nextUpdateId);
        var update = UpdateFactory.TextUpdate(chat, Session[step], chat, "en", messageId: id, date: DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        update["update_id"] = id;
        var json = update.ToJsonString();
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var endpoint = _target.Endpoints[(int)(Interlocked.Increment(ref _posts) % _target.Endpoints.Count)];
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookEndpoint.SecretHeader, WebhookTarget.Secret);
            using var response = await _http.SendAsync(request);
            if (response.IsSuccessStatusCode || attempt == MaxAttempts)
            {
                return started;
            }

            Interlocked.Increment(ref _refused);
            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
        }
    }

    private WebhookRun Measure(string mode, long clock, Dictionary<long, long[]> posted)
    {
        var latencies = new List<TimeSpan>();
        var lastReply = clock;
        var wrongCount = 0;
        foreach (var (chat, posts) in posted)
        {
            var arrivals = _replies.Arrivals(chat);
            wrongCount += arrivals.Count == posts.Length ? 0 : 1;
            for (var step = 0; step < Math.Min(posts.Length, arrivals.Count); step++)
            {
                latencies.Add(Stopwatch.GetElapsedTime(posts[step], arrivals[step]));
                lastReply = Math.Max(lastReply, arrivals[step]);
            }
        }

        latencies.Sort();
        return new WebhookRun(_target.Name, mode, posted.Count, latencies.Count, Stopwatch.GetElapsedTime(clock, lastReply),
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), Interlocked.Exchange(ref _refused, 0), wrongCount);
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
