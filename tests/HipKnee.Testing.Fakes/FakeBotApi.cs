using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HipKnee.Testing.Fakes;

/// <summary>
/// An in-process fake of the Telegram Bot API HTTP server (Kestrel on 127.0.0.1, random port) for
/// integration tests: queues updates for getUpdates, records every call, and can script failures.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly UpdateQueue _updates;
    private readonly BotApiMethods _methods;
    private readonly CallRecorder _recorder;
    private readonly FaultScript _faults;
    private readonly BotApiEndpoint _endpoint;
    private long _callbackQueries;

    private FakeBotApi(WebApplication app, string token, UpdateQueue updates, BotApiMethods methods, CallRecorder recorder, FaultScript faults, BotApiEndpoint endpoint)
    {
        (_app, Token, _updates, _methods, _recorder, _faults, _endpoint) = (app, token, updates, methods, recorder, faults, endpoint);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = addresses.Addresses.Single().TrimEnd('/');
    }

    /// <summary>The token requests must carry; any other token gets 401 Unauthorized.</summary>
    public string Token { get; }

    /// <summary>E.g. "http://127.0.0.1:54321"; pass it as TelegramBotClientOptions' baseUrl.</summary>
    public string BaseUrl { get; }

    /// <summary>The offset parameter of the most recent getUpdates call that had one (0 if none yet).</summary>
    public long LastOffset => _updates.LastOffset;

    /// <summary>Updates enqueued but not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdateCount => _updates.PendingCount;

    /// <summary>Snapshot of every call received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedCall> Calls => _recorder.Snapshot();

    /// <summary>Starts the fake. <paramref name="clock"/> stamps message dates and <see cref="RecordedCall.At"/> (default: system clock).</summary>
    public static async Task<FakeBotApi> StartAsync(string token, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        clock ??= TimeProvider.System;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions()); // no logging providers at all
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();

        var (updates, recorder, faults) = (new UpdateQueue(), new CallRecorder(), new FaultScript());
        var methods = new BotApiMethods(clock, updates);
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var endpoint = new BotApiEndpoint(token, clock, updates, methods, recorder, faults, stopping);
        app.Run(endpoint.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        return new FakeBotApi(app, token, updates, methods, recorder, faults, endpoint);
    }

    /// <summary>Enqueues an update (without update_id); returns the update_id assigned (increasing from 1000).</summary>
    public long EnqueueUpdate(JsonObject updateWithoutId) => _updates.Enqueue(updateWithoutId);

    /// <inheritdoc cref="EnqueueUpdate(JsonObject)"/>
    public long EnqueueUpdate(string updateJsonWithoutId) =>
        _updates.Enqueue(JsonNode.Parse(updateJsonWithoutId) as JsonObject
            ?? throw new ArgumentException("Update JSON must be an object.", nameof(updateJsonWithoutId)));

    /// <summary>Enqueues a private-chat text message from user <paramref name="fromId"/> (default: the chat id); returns its update_id.</summary>
    public long EnqueueText(long chatId, string text, long? fromId = null, string? languageCode = "en") =>
        _updates.Enqueue(UpdateFactory.TextUpdate(
            chatId, text, fromId ?? chatId, languageCode, _methods.NextMessageId(), _methods.Now));

    /// <summary>Enqueues an inline-button press on bot message <paramref name="messageId"/>; returns its update_id.</summary>
    public long EnqueueCallback(long chatId, string data, int messageId = 1)
    {
        var queryId = $"cbq-{Interlocked.Increment(ref _callbackQueries)}";
        return _updates.Enqueue(UpdateFactory.CallbackUpdate(chatId, data, messageId, queryId, _methods.Now));
    }

    /// <summary>
    /// Enqueues update JSON verbatim (caller supplies update_id, duplicates allowed); returns its update_id.
    /// Like Telegram, it is dropped unseen if the bot already confirmed a higher offset.
    /// </summary>
    public long EnqueueRaw(string json) => _updates.EnqueueRaw(json);

    /// <summary>
    /// Called with every call as the fake records it, before it answers; for load drivers, which cannot afford
    /// <see cref="Calls"/> snapshots. Runs on the fake's request threads, so it must be quick and thread-safe.
    /// </summary>
    /// <param name="keepCalls">False: calls are only passed to <paramref name="observer"/>, not kept, so a long run holds no memory for them.</param>
    public void ObserveCalls(Action<RecordedCall> observer, bool keepCalls = true) => (_recorder.Observer, _recorder.Keep) = (observer, keepCalls);

    /// <summary>Calls to <paramref name="method"/> (case-insensitive), failed ones included.</summary>
    public IReadOnlyList<RecordedCall> CallsTo(string method) => Calls.Where(call => call.Is(method)).ToArray();

    /// <summary>Texts of successful sendMessage calls, and captions of sendPhoto calls, to <paramref name="chatId"/>, in order.</summary>
    public IReadOnlyList<string> TextsSentTo(long chatId) => SentTo(Calls, chatId).Select(call => call.Text!).ToArray();

    /// <summary>Waits for the first call (already received or future) matching <paramref name="predicate"/>.</summary>
    public Task<RecordedCall> WaitForCallAsync(Func<RecordedCall, bool> predicate, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _recorder.WaitAsync(calls => calls.FirstOrDefault(predicate), timeout, "a matching call");
    }

    /// <summary>Waits for the first call to <paramref name="method"/> (case-insensitive).</summary>
    public Task<RecordedCall> WaitForCallAsync(string method, TimeSpan timeout) =>
        _recorder.WaitAsync(calls => calls.FirstOrDefault(call => call.Is(method)), timeout, $"a {method} call");

    /// <summary>Waits until at least <paramref name="count"/> messages were successfully sent to <paramref name="chatId"/>.</summary>
    public Task WaitForSentCountAsync(long chatId, int count, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count == 0 ? Task.CompletedTask : _recorder.WaitAsync(
            calls => SentTo(calls, chatId).Skip(count - 1).FirstOrDefault(),
            timeout,
            $"{count} successful sendMessage call(s) to chat {chatId}");
    }

    /// <summary>
    /// The next <paramref name="times"/> calls to <paramref name="method"/> (to <paramref name="chatId"/> only, when given)
    /// answer with this error (HTTP status = error code).
    /// </summary>
    public void FailNext(string method, int errorCode, string description, int? retryAfter = null, int times = 1, long? chatId = null) =>
        _faults.Add(method, new ScriptedFault(errorCode, description, retryAfter, DropConnection: false), times, chatId);

    /// <summary>The next <paramref name="times"/> calls to <paramref name="method"/> (to <paramref name="chatId"/> only, when given) get their connection aborted.</summary>
    public void DropNextConnection(string method, int times = 1, long? chatId = null) => _faults.Add(method, ScriptedFault.Drop(), times, chatId);

    /// <summary>From now on every sendMessage to <paramref name="chatId"/> fails like this (by default: the user blocked the bot).</summary>
    public void BlockChat(long chatId, int errorCode = 403, string description = "Forbidden: bot was blocked by the user") =>
        _faults.Block(chatId, new ScriptedFault(errorCode, description, null, DropConnection: false));

    /// <summary>From now on Telegram refuses every file id it gave out so far (a 400 on sending by file id).</summary>
    public void ForgetFileIds() => _methods.ForgetFileIds();

    /// <summary>From now on every call gets 401 Unauthorized, as when the token is revoked in @BotFather.</summary>
    public void RevokeToken() => _endpoint.TokenRevoked = true;

    /// <summary>Undoes <see cref="RevokeToken"/> (as a restart with the new token would).</summary>
    public void AcceptTokenAgain() => _endpoint.TokenRevoked = false;

    /// <summary>Stops the server (pending long polls end with an empty result).</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Messages a user reads: texts, and photos with a caption (an exercise picture carrying its set's prompt).</summary>
    private static IEnumerable<RecordedCall> SentTo(IEnumerable<RecordedCall> calls, long chatId) =>
        calls.Where(call => !call.Failed && call.ChatId == chatId
            && (call.Is("sendMessage") || call.Is("sendPhoto")) && call.Text is not null);
}
