using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

/// <summary>An update as read, with its JSON exactly as Telegram sent it (kept should it end as a dead letter).</summary>
public sealed record ReceivedUpdate(Update Update, string Json);
