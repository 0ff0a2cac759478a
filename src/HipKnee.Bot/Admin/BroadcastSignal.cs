using HipKnee.Bot.Hosting;

namespace HipKnee.Bot.Admin;

/// <summary>Wakes the broadcast worker when an admin confirmed a broadcast.</summary>
public sealed class BroadcastSignal : WakeSignal;
