using System.Collections.Concurrent;
using HipKnee.Core.Pictures;
using HipKnee.Core.Texts;

namespace HipKnee.Bot.Pictures;

/// <summary>
/// The exercise pictures as PNG files named like <c>step-down-easier.zh.png</c>: each drawn the first time it is asked
/// for, then kept for the life of the process (a few hundred kilobytes for all of them), never drawn per message.
/// </summary>
public static class ExercisePictureFiles
{
    private static readonly IReadOnlyDictionary<string, (ExercisePicture Picture, string Language)> Named =
        ExercisePictures.All
            .SelectMany(picture => Languages.Supported.Select(language => (picture, language)))
            .ToDictionary(p => FileName(p.picture.Key, p.language), p => (p.picture, p.language));

    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Drawn = new();

    public static IEnumerable<string> All => Named.Keys;

    public static string FileName(PictureKey key, string language) =>
        $"{key.Name}.{(Languages.Supported.Contains(language) ? language : Languages.English)}.png";

    /// <summary>The PNG of a picture by its file name; null for a name that is no picture (e.g. from an old row).</summary>
    public static byte[]? Png(string fileName) =>
        Named.TryGetValue(fileName, out var named)
            ? Drawn.GetOrAdd(fileName, _ => new Lazy<byte[]>(() => ExercisePictureRenderer.RenderPng(named.Picture, PictureTexts.For(named.Language)))).Value
            : null;
}
