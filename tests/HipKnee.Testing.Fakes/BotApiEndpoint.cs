using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HipKnee.Testing.Fakes;

/// <summary>The single request delegate of the fake server: routing, auth, faults, recording, responses.</summary>
internal sealed class BotApiEndpoint(
    string token,
    TimeProvider clock,
    UpdateQueue updates,
    BotApiMethods methods,
    CallRecorder recorder,
    FaultScript faults,
    CancellationToken serverStopping)
{
    /// <summary>Long polls are capped to keep tests fast.</summary>
    public static readonly TimeSpan MaxLongPoll = TimeSpan.FromSeconds(1);

    private static readonly JsonElement EmptyBody = JsonSerializer.SerializeToElement(new JsonObject());
    private volatile bool _tokenRevoked;

    /// <summary>True: every call gets 401, as after the token was revoked in @BotFather.</summary>
    public bool TokenRevoked
    {
        get => _tokenRevoked;
        set => _tokenRevoked = value;
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (!TryParsePath(context.Request.Path, out var pathToken, out var method))
        {
            await WriteAsync(context, ApiOutcome.Error(404, "Not Found")).ConfigureAwait(false);
            return;
        }

        var body = await RequestBodyReader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (_tokenRevoked || !string.Equals(pathToken, token, StringComparison.Ordinal))
        {
            await RespondAsync(context, method, body ?? EmptyBody, ApiOutcome.Unauthorized).ConfigureAwait(false);
            return;
        }

        if (body is not { } parameters)
        {
            var invalid = ApiOutcome.Error(400, "Bad Request: can't parse request JSON object");
            await RespondAsync(context, method, EmptyBody, invalid).ConfigureAwait(false);
            return;
        }

        if (faults.TryTake(method, JsonFields.GetLong(parameters, "chat_id")) is { } fault)
        {
            if (fault.DropConnection)
            {
                Record(method, parameters, failed: true);
                context.Abort();
                return;
            }

            var scripted = ApiOutcome.Error(fault.ErrorCode, fault.Description, fault.RetryAfter);
            await RespondAsync(context, method, parameters, scripted).ConfigureAwait(false);
            return;
        }

        if (method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            await GetUpdatesAsync(context, method, parameters).ConfigureAwait(false);
            return;
        }

        await RespondAsync(context, method, parameters, methods.Execute(method, parameters)).ConfigureAwait(false);
    }

    private async Task GetUpdatesAsync(HttpContext context, string method, JsonElement parameters)
    {
        updates.Confirm(JsonFields.GetLong(parameters, "offset"));
        Record(method, parameters, failed: false);

        var limit = (int)Math.Clamp(JsonFields.GetLong(parameters, "limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, JsonFields.GetLong(parameters, "timeout") ?? 0));
        var wait = timeout < MaxLongPoll ? timeout : MaxLongPoll;

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        string result;
        try
        {
            result = await updates.TakeAsync(limit, wait, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            result = "[]"; // server shutting down: end the long poll politely
        }
        catch (OperationCanceledException)
        {
            return; // client gave up
        }

        await WriteAsync(context, ApiOutcome.Ok(result)).ConfigureAwait(false);
    }

    private async Task RespondAsync(HttpContext context, string method, JsonElement parameters, ApiOutcome outcome)
    {
        // Record before answering so a client that got its response always finds its call recorded.
        Record(method, parameters, outcome.Failed);
        await WriteAsync(context, outcome).ConfigureAwait(false);
    }

    private void Record(string method, JsonElement parameters, bool failed) =>
        recorder.Add(new RecordedCall(method, parameters, clock.GetUtcNow(), failed));

    private static async Task WriteAsync(HttpContext context, ApiOutcome outcome)
    {
        context.Response.StatusCode = outcome.StatusCode;
        context.Response.ContentType = "application/json";
        try
        {
            await context.Response.WriteAsync(outcome.Json, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client disconnected; nothing to answer.
        }
    }

    /// <summary>Accepts "/bot{token}/{method}" and the test-environment form "/bot{token}/test/{method}".</summary>
    private static bool TryParsePath(PathString path, out string pathToken, out string method)
    {
        var segments = (path.Value ?? string.Empty).Trim('/').Split('/');
        var valid = segments.Length is 2 or 3
            && segments[0].StartsWith("bot", StringComparison.Ordinal)
            && (segments.Length == 2 || segments[1] == "test")
            && segments[^1].Length > 0;
        pathToken = valid ? segments[0][3..] : string.Empty;
        method = valid ? segments[^1] : string.Empty;
        return valid;
    }
}
