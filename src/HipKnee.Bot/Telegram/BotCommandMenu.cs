using HipKnee.Core.Texts;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>The command menu, registered with setMyCommands at start: English by default, and one per other language.</summary>
public static class BotCommandMenu
{
    public static BotCommand[] For(string language) =>
        CoachTexts.For(language).CommandMenu.Select(command => new BotCommand(command.Key, command.Value)).ToArray();

    /// <summary>The default menu in English, and each other language's menu for clients set to that language.</summary>
    public static async Task RegisterAsync(ITelegramBotClient bot, CancellationToken ct)
    {
        await bot.SetMyCommands(For(Languages.English), cancellationToken: ct);
        foreach (var language in Languages.Supported.Where(l => l != Languages.English))
        {
            await bot.SetMyCommands(For(language), languageCode: language, cancellationToken: ct);
        }
    }
}
