namespace HipKnee.Core.Pictures;

/// <summary>A joint that rests on a surface in a key pose (a heel on the floor, a hand on the wall).</summary>
public sealed record Contact(Joint Joint, Surface Surface);
