using HipKnee.Bot.Coaching;
using HipKnee.Bot.Outbox;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Console;

/// <summary>The same coach over stdin/stdout for one local user: type /train, then done after each set.</summary>
public sealed class ConsoleChatService(
    ConsoleStreams streams,
    UpdatePipeline pipeline,
    OutboxDrainer drainer,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>The local user's chat id; Telegram never uses 0.</summary>
    public const long LocalChatId = 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await streams.Output.WriteLineAsync("HipKnee console — type /start, /train, done, skip, /stop or /help. Ctrl+D to quit.");
        await SendAsync(new CommandInput("start", ""), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await streams.Output.WriteAsync("> ");
            await streams.Output.FlushAsync(stoppingToken);
            var line = await streams.Input.ReadLineAsync(stoppingToken);
            if (line is null)
            {
                break;
            }

            if (line.Trim().Length > 0)
            {
                await SendAsync(InputParser.Parse(line), stoppingToken);
            }
        }

        lifetime.StopApplication();
    }

    private async Task SendAsync(Input input, CancellationToken ct)
    {
        await pipeline.ProcessAsync(new IncomingUpdate(null, LocalChatId, input), ct);
        await drainer.DrainAsync(LocalChatId, ct);
    }
}
