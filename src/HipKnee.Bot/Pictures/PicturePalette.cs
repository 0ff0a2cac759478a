using SkiaSharp;

namespace HipKnee.Bot.Pictures;

/// <summary>
/// Colours of the exercise pictures. The picture is its own opaque light card, so it reads the same in Telegram's
/// light and dark themes; the accent (working leg) and the arrow keep strong contrast against it and each other.
/// </summary>
internal static class PicturePalette
{
    public static readonly SKColor Card = SKColor.Parse("#F3EFE7");
    public static readonly SKColor Panel = SKColor.Parse("#FFFFFF");
    public static readonly SKColor PanelBorder = SKColor.Parse("#DDD6C9");
    public static readonly SKColor Ink = SKColor.Parse("#1D2733");
    public static readonly SKColor Body = SKColor.Parse("#33445A");
    public static readonly SKColor FarLimb = SKColor.Parse("#8C98A8");
    public static readonly SKColor Accent = SKColor.Parse("#E4631B");
    public static readonly SKColor MutedLeg = SKColor.Parse("#B3BCC8");
    public static readonly SKColor Arrow = SKColor.Parse("#1A73D9");
    public static readonly SKColor Floor = SKColor.Parse("#6F6A60");
    public static readonly SKColor FloorBand = SKColor.Parse("#ECE6DA");
    public static readonly SKColor Step = SKColor.Parse("#CDB693");
    public static readonly SKColor StepEdge = SKColor.Parse("#7A6444");
    public static readonly SKColor Wall = SKColor.Parse("#D9D2C5");
    public static readonly SKColor Rail = SKColor.Parse("#8E98A3");
}
