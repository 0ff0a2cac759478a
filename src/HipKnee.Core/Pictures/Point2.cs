namespace HipKnee.Core.Pictures;

/// <summary>A point or vector in the picture's plane, in centimetres, y up, the floor at y = 0.</summary>
public readonly record struct Point2(double X, double Y)
{
    public static Point2 operator +(Point2 a, Point2 b) => new(a.X + b.X, a.Y + b.Y);

    public static Point2 operator -(Point2 a, Point2 b) => new(a.X - b.X, a.Y - b.Y);

    public static Point2 operator *(Point2 a, double k) => new(a.X * k, a.Y * k);

    public double Length => Math.Sqrt((X * X) + (Y * Y));

    public double DistanceTo(Point2 other) => (other - this).Length;
}
