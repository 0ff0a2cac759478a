namespace HipKnee.Core.Progress;

/// <summary>One knee-pain answer, 0 (none) to 10 (worst).</summary>
public sealed record PainReading(DateTimeOffset At, int Score)
{
    public const int Max = 10;

    /// <summary>False for an ad-hoc /pain entry: stored, shown, but kept out of the session pain trend and the move-up rule.</summary>
    public bool AfterSession { get; init; } = true;

    public static bool IsScore(int score) => score is >= 0 and <= Max;
}
