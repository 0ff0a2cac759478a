using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.Console;

/// <summary>The same coach over stdin/stdout for one local user: type /train, then done after each set.</summary>
public sealed class ConsoleChatService(
    ConsoleStreams streams,
    UpdateUnitOfWork work,
    OutboxDrainer drainer,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>The local user's chat id; Telegram never uses 0.</summary>
    public const long LocalChatId = 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await streams.Output.WriteLineAsync("HipKnee console — type /train, done, skip, /stop or /help; type a button's label or its number to press it. Ctrl+D to quit.");
        if (!await KnownAsync(stoppingToken))
        {
            // The greeting once, for a new local user; a relaunch on the same file picks up where it left off.
            await SendAsync(new CommandInput("start", ""), stoppingToken);
        }

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
                var pressed = streams.Buttons.Match(line);
                await SendAsync(pressed is null ? InputParser.Parse(line) : CallbackData.Parse(pressed), stoppingToken);
            }
        }

        lifetime.StopApplication();
    }

    private async Task<bool> KnownAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        return await db.Users.AnyAsync(u => u.ChatId == LocalChatId, ct);
    }

    private async Task SendAsync(Input input, CancellationToken ct)
    {
        await work.RunAsync(new IncomingUpdate(null, LocalChatId, input), json: null, acknowledge: null, ct);
        await drainer.DrainAsync(LocalChatId, ct);
    }
}
