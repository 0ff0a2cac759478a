namespace HipKnee.Core.Routine;

/// <summary>One set of a session: an exercise done on one side.</summary>
public sealed record SessionSet(int Index, Exercise Exercise, Side Side);
