namespace HipKnee.Core.Pictures;

/// <summary>A handrail running beside the runner, drawn behind them.</summary>
public sealed record Handrail(double FromX, double ToX, double Height);
