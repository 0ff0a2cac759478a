namespace HipKnee.Core.Progress;

/// <summary>What the /stats picture shows: sessions per week as bars, average knee pain as a line, labels in the user's language.</summary>
public sealed record ProgressChart(string Title, string SessionsLabel, string PainLabel, IReadOnlyList<ChartWeek> Weeks)
{
    /// <summary>How many recent weeks a chart shows at most.</summary>
    public const int MaxWeeks = 12;
}

/// <summary>One week on the chart.</summary>
public sealed record ChartWeek(string Label, int Sessions, double? Pain);
