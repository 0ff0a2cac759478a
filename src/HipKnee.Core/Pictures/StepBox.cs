namespace HipKnee.Core.Pictures;

/// <summary>A step or box seen from the side; <see cref="EdgeX"/> is the front edge the runner lowers past.</summary>
public sealed record StepBox(double EdgeX, double BackX, double Height);
