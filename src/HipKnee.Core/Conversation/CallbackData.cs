using System.Globalization;

namespace HipKnee.Core.Conversation;

/// <summary>
/// Compact inline-button payloads (Telegram allows 64 bytes):
/// <c>d:&lt;session&gt;:&lt;step&gt;</c> done, <c>s:&lt;session&gt;:&lt;step&gt;</c> skip, <c>tm:&lt;session&gt;:&lt;step&gt;</c> hold timer,
/// <c>t</c> start a session.
/// </summary>
public static class CallbackData
{
    public const string Train = "t";

    public static string Done(int session, int step) => $"d:{session}:{step}";

    public static string Skip(int session, int step) => $"s:{session}:{step}";

    public static string Timer(int session, int step) => $"tm:{session}:{step}";

    /// <summary>A timer button: the session and step it was shown for.</summary>
    public static (int Session, int Step)? ParseTimer(string data)
    {
        var parts = data.Split(':');
        return parts.Length == 3 && parts[0] == "tm"
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var session)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var step)
                ? (session, step)
                : null;
    }

    public static SetButton? ParseSetButton(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 3 || parts[0] is not ("d" or "s"))
        {
            return null;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var session)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var step))
        {
            return null;
        }

        return new SetButton(parts[0] == "d" ? SetOutcome.Done : SetOutcome.Skipped, session, step);
    }
}

/// <summary>A Done or Skip button press for a given set of a given session.</summary>
public sealed record SetButton(SetOutcome Outcome, int Session, int Step);
