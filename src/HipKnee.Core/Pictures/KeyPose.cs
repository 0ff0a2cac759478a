namespace HipKnee.Core.Pictures;

/// <summary>One panel of a picture: a pose and what it rests on.</summary>
public sealed record KeyPose(Pose Pose, IReadOnlyList<Contact> Contacts)
{
    public Figure Figure { get; } = Skeleton.Place(Pose);
}
