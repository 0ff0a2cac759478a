using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>The command menu registered with setMyCommands at start.</summary>
public static class BotCommandMenu
{
    public static readonly BotCommand[] Commands =
    [
        new("train", "Start or resume today's session"),
        new("stop", "End the current session early"),
        new("schedule", "Your training days and reminder time"),
        new("timezone", "Your time zone for reminders"),
        new("pause", "Pause reminders"),
        new("resume", "Turn reminders back on"),
        new("help", "What I understand"),
        new("start", "Introduction and safety note"),
    ];
}
