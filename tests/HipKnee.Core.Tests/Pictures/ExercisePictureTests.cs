using HipKnee.Core.Pictures;
using HipKnee.Core.Routine;

namespace HipKnee.Core.Tests.Pictures;

public sealed class ExercisePictureTests
{
    public static TheoryData<string> Pictures() => [.. ExercisePictures.All.Select(p => p.Key.Name)];

    private static readonly Side[] BothSides = [Side.Left, Side.Right];

    [Fact]
    public void Every_exercise_has_a_picture_and_an_easier_one_with_two_or_three_key_poses()
    {
        foreach (var exercise in HipRoutine.Exercises)
        {
            Assert.Equal(new PictureKey(exercise.Id, Easier: true), ExercisePictures.For(exercise.Id, ExerciseLevels.Beginner).Key);
            Assert.Equal(new PictureKey(exercise.Id, Easier: false), ExercisePictures.For(exercise.Id, ExerciseLevels.Start).Key);
            Assert.Equal(new PictureKey(exercise.Id, Easier: false), ExercisePictures.For(exercise.Id, ExerciseLevels.All(exercise.TopLevel)).Key);
        }

        Assert.All(ExercisePictures.All, picture => Assert.InRange(picture.Poses.Count, 2, 3));
        Assert.Equal(ExercisePictures.All.Count, ExercisePictures.All.Select(p => p.Key.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public void Limbs_keep_their_length_from_pose_to_pose(string name)
    {
        var picture = Named(name);
        var first = picture.Poses[0].Figure.Segments.ToDictionary(s => (s.Part, s.Side), s => s.Length);
        foreach (var pose in picture.Poses.Skip(1))
        {
            foreach (var segment in pose.Figure.Segments)
            {
                Assert.Equal(first[(segment.Part, segment.Side)], segment.Length, precision: 6);
            }
        }

        // Proportions of an adult: thigh and shank about equal, the upper arm longer than the forearm.
        var thigh = first[(BodyPart.Thigh, Side.Left)];
        Assert.InRange(first[(BodyPart.Shank, Side.Left)] / thigh, 0.9, 1.1);
        Assert.InRange(thigh / BodyProportions.Height, 0.22, 0.27);
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public void Joints_stay_within_anatomical_ranges(string name)
    {
        foreach (var figure in Named(name).Poses.Select(p => p.Figure))
        {
            foreach (var side in BothSides)
            {
                if (figure.Pose.View == PictureView.Side)
                {
                    // A negative knee angle is a knee bending backwards; a negative elbow one an arm bent the wrong way.
                    Assert.InRange(JointRanges.Knee(figure, side), -0.5, 150);
                    Assert.InRange(JointRanges.Elbow(figure, side), -0.5, 150);
                    Assert.InRange(JointRanges.HipFlexion(figure, side), -30, 135);
                }
                else
                {
                    // Seen from the front an in-plane bend stands for one towards the viewer: only its size is checked.
                    Assert.InRange(Math.Abs(JointRanges.Knee(figure, side)), 0, 150);
                    Assert.InRange(Math.Abs(JointRanges.Elbow(figure, side)), 0, 150);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public void What_the_pose_rests_on_touches_it_and_nothing_sinks_into_the_floor(string name)
    {
        var picture = Named(name);
        foreach (var key in picture.Poses)
        {
            foreach (var contact in key.Contacts)
            {
                Assert.True(Touches(picture, key.Figure, contact), $"{name}: {contact.Joint} is not on the {contact.Surface}");
            }

            foreach (var segment in key.Figure.Segments)
            {
                Assert.True(Math.Min(segment.From.Y, segment.To.Y) - (segment.Thickness / 2) > -2.5, $"{name}: the {segment.Part} goes through the floor");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public void The_working_side_is_the_left_one_and_the_one_in_front(string name)
    {
        var picture = Named(name);
        Assert.Equal(Side.Left, picture.WorkingSide);
        foreach (var figure in picture.Poses.Select(p => p.Figure))
        {
            if (figure.Pose.View == PictureView.Side)
            {
                Assert.Equal(picture.WorkingSide, figure.NearSide);
                Assert.Equal(picture.WorkingSide, figure.Segments.Last(s => s.Part == BodyPart.Thigh).Side);
            }
            else
            {
                // Side plank: the working side is the one underneath, its knee nearer the floor.
                Assert.True(figure[Joint.LeftKnee].Y < figure[Joint.RightKnee].Y);
            }
        }
    }

    [Fact]
    public void The_held_pose_lifts_the_hips_and_the_step_down_lowers_the_free_heel_to_the_floor()
    {
        foreach (var id in new[] { ExerciseId.SidePlank, ExerciseId.SingleLegBridge })
        {
            var poses = ExercisePictures.Find(new PictureKey(id, Easier: false)).Poses;
            Assert.True(poses[^1].Figure[Joint.Pelvis].Y > poses[0].Figure[Joint.Pelvis].Y + 10);
        }

        var stepDown = ExercisePictures.Find(new PictureKey(ExerciseId.StepDown, Easier: false));
        Assert.True(stepDown.Poses[0].Figure[Joint.RightHeel].Y > stepDown.Props.Step!.Height);
        Assert.Contains(new Contact(Joint.RightHeel, Surface.Floor), stepDown.Poses[^1].Contacts);
        Assert.Equal(20, stepDown.Props.Step!.Height);
    }

    private static ExercisePicture Named(string name) => ExercisePictures.All.Single(p => p.Key.Name == name);

    private static bool Touches(ExercisePicture picture, Figure figure, Contact contact)
    {
        var point = figure[contact.Joint];
        var gap = Radius(figure, contact.Joint);
        return contact.Surface switch
        {
            Surface.Floor => Math.Abs(point.Y - gap) <= 1.5,
            Surface.StepTop => picture.Props.Step is { } step && Math.Abs(point.Y - gap - step.Height) <= 1.5 && Between(point.X, step.EdgeX, step.BackX),
            Surface.Wall => picture.Props.WallX is { } wall && Math.Abs(Math.Abs(point.X - wall) - gap) <= 1.5,
            _ => picture.Props.Rail is { } rail && Math.Abs(point.Y - rail.Height) <= 1.5 && Between(point.X, rail.FromX, rail.ToX),
        };
    }

    private static bool Between(double x, double a, double b) => x >= Math.Min(a, b) && x <= Math.Max(a, b);

    /// <summary>How far the surface of the body lies from the joint: heel and toe are on the sole already.</summary>
    private static double Radius(Figure figure, Joint joint) => joint switch
    {
        Joint.LeftHeel or Joint.RightHeel or Joint.LeftToe or Joint.RightToe => 0,
        Joint.LeftKnee or Joint.RightKnee => BodyProportions.Radius(BodyPart.Thigh, figure.Pose.View),
        Joint.LeftElbow or Joint.RightElbow => BodyProportions.Radius(BodyPart.UpperArm, figure.Pose.View),
        Joint.LeftHand or Joint.RightHand => BodyProportions.Radius(BodyPart.Forearm, figure.Pose.View),
        Joint.Pelvis => BodyProportions.Radius(BodyPart.Pelvis, figure.Pose.View),
        _ => BodyProportions.Radius(BodyPart.Shank, figure.Pose.View),
    };
}
