namespace HipKnee.Core.Pictures;

/// <summary>A leg's joint angles in degrees.</summary>
/// <param name="Hip">Flexion from in line with the trunk: 90 lifts the thigh level in front; negative is extension.</param>
/// <param name="Knee">Flexion: 0 is a straight knee, positive bends the shank back; negative would be hyperextension.</param>
/// <param name="Ankle">Plantarflexion: 0 has the foot at a right angle to the shank, positive points the toes.</param>
public sealed record LegAngles(double Hip, double Knee, double Ankle);
