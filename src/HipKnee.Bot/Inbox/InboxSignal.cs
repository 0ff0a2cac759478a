using HipKnee.Bot.Hosting;

namespace HipKnee.Bot.Inbox;

/// <summary>Wakes the inbox processor when the webhook stored an update.</summary>
public sealed class InboxSignal : WakeSignal;
