using ScottPlot;
using SkiaSharp;

namespace HipKnee.Bot.Charts;

/// <summary>
/// Gives ScottPlot the font shipped inside this assembly for every family it asks for, so charts render the same
/// on a server with no fonts installed at all (Skia's Linux natives here use no fontconfig).
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "HipKnee Chart Sans";
    private const string Resource = "HipKnee.Bot.Charts.Fonts.NotoSansSC-Subset.otf";
    private static readonly Lazy<byte[]> FontBytes = new(Load);
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Puts this resolver first in ScottPlot's list and makes its family the default; safe to call often.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
            Fonts.Default = FamilyName;
            _registered = true;
        }
    }

    public static SKTypeface Typeface() => SKTypeface.FromData(SKData.CreateCopy(FontBytes.Value));

    public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Typeface();

    public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => Typeface();

    private static byte[] Load()
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The chart font {Resource} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
