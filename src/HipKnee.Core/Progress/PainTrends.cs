namespace HipKnee.Core.Progress;

/// <summary>
/// Reads the direction of knee pain over the last two weeks: the average of the last seven days against the
/// seven days before. Two points or more of change is a trend; anything less is steady.
/// </summary>
public static class PainTrends
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(14);
    private const double Change = 2.0;

    /// <remarks>Only answers about a session count: an ad-hoc /pain on a bad day is not the training's trend.</remarks>
    public static PainTrend Of(IEnumerable<PainReading> all, DateTimeOffset now)
    {
        var pain = all.Where(p => p.AfterSession).ToList();
        var week = TimeSpan.FromDays(7);
        var recent = pain.Where(p => p.At <= now && p.At > now - week).Select(p => (double)p.Score).ToList();
        var before = pain.Where(p => p.At <= now - week && p.At > now - Window).Select(p => (double)p.Score).ToList();
        if (recent.Count == 0 || before.Count == 0)
        {
            return PainTrend.Unknown;
        }

        var delta = recent.Average() - before.Average();
        return delta >= Change ? PainTrend.Rising : delta <= -Change ? PainTrend.Falling : PainTrend.Steady;
    }

    /// <summary>The highest after-session answer of the last two weeks; null when there is none.</summary>
    public static int? RecentMax(IEnumerable<PainReading> pain, DateTimeOffset now) =>
        Recent(pain, now).Select(p => (int?)p.Score).Max();

    /// <summary>The after-session answers of the last two weeks.</summary>
    public static IEnumerable<PainReading> Recent(IEnumerable<PainReading> pain, DateTimeOffset now) =>
        pain.Where(p => p.AfterSession && p.At <= now && p.At > now - Window);
}
