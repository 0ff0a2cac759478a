using HipKnee.Bot.Hosting;

namespace HipKnee.Bot.Outbox;

/// <summary>Wakes the sender as soon as a transaction has committed new replies.</summary>
public sealed class OutboxSignal : WakeSignal;
