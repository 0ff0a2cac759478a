using HipKnee.Core.Routine;

namespace HipKnee.Core.Progress;

/// <summary>
/// What the store knows about a user's past that the coach needs for some answers (stats, pain trend,
/// progression, weekly summary, catch-up). Loaded by the host for the window <c>Coach.HistoryNeeded</c> asks for,
/// so <c>Coach.Decide</c> stays a pure function.
/// </summary>
/// <param name="Joined">When the user first wrote; weeks before it are not counted as missed.</param>
/// <param name="SkippedSets">Sets answered "skip", per exercise; only filled for /stats.</param>
public sealed record History(
    DateTimeOffset Joined,
    IReadOnlyList<PastSession> Sessions,
    IReadOnlyList<PainReading> Pain,
    IReadOnlyDictionary<ExerciseId, int> SkippedSets)
{
    public static History Empty(DateTimeOffset joined) => new(joined, [], [], new Dictionary<ExerciseId, int>());

    public History WithPain(PainReading reading) => this with { Pain = [.. Pain, reading] };

    public History WithSession(PastSession session) => this with { Sessions = [.. Sessions, session] };
}
