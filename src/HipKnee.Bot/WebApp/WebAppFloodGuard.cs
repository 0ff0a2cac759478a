using HipKnee.Bot.Telegram;
using HipKnee.Bot.RateLimiting;

namespace HipKnee.Bot.WebApp;

/// <summary>
/// The chat's flood rule (<see cref="FloodGuard"/>: 20 in any 10 s per user) for the app's API calls, counted apart
/// from the chat so that reloading the page never makes the bot tell the chat to slow down.
/// </summary>
public sealed class WebAppFloodGuard
{
    private readonly FloodGuard _guard = new();

    public bool Admit(long userId, DateTimeOffset now) => _guard.Check(userId, now) == FloodVerdict.Admit;
}
