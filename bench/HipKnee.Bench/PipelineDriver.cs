using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using HipKnee.Bot.Telegram;
using HipKnee.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Types;
using HipKnee.Bot.Updates;

namespace HipKnee.Bench;

/// <summary>The in-process intake: a private-chat text update or button tap read from JSON, mapped and handled by the host's pipeline.</summary>
public sealed class PipelineDriver(IServiceProvider services, long firstUpdateId = 500_000_000)
{
    private readonly UpdateUnitOfWork _work = services.GetRequiredService<UpdateUnitOfWork>();
    private long _updateIds = firstUpdateId;

    /// <summary>Handles one text update from <paramref name="chat"/>; returns how long it took.</summary>
    public Task<TimeSpan> HandleAsync(long chat, string text) =>
        ProcessAsync(UpdateFactory.TextUpdate(chat, text, chat, "en", 1, DateTimeOffset.UtcNow.ToUnixTimeSeconds()), Interlocked.Increment(ref _updateIds));

    /// <summary>Handles a tap on an inline button with callback <paramref name="data"/> from <paramref name="chat"/>.</summary>
    public Task<TimeSpan> TapAsync(long chat, string data)
    {
        var updateId = Interlocked.Increment(ref _updateIds);
        return ProcessAsync(UpdateFactory.CallbackUpdate(chat, data, 1, $"q{updateId}", DateTimeOffset.UtcNow.ToUnixTimeSeconds()), updateId);
    }

    private async Task<TimeSpan> ProcessAsync(JsonObject json, long updateId)
    {
        json["update_id"] = updateId;
        var clock = Stopwatch.GetTimestamp();
        var update = JsonSerializer.Deserialize<Update>(json.ToJsonString(), JsonBotAPI.Options)!;
        await _work.RunAsync(UpdateMapper.Map(update, UpdateFactory.BotUser()["username"]!.GetValue<string>())!, json: null, acknowledge: null, CancellationToken.None);
        return Stopwatch.GetElapsedTime(clock);
    }
}
