using HipKnee.Bot.Pictures;
using HipKnee.Core.Pictures;
using HipKnee.Core.Texts;

namespace HipKnee.Bench;

/// <summary>
/// <c>pictures</c>: renders every exercise picture in every language to PNG files, to look at them (not a benchmark,
/// but it lives with the other verbs that drive the bot's parts from the command line).
/// </summary>
public sealed class PictureSheets : IBenchmark
{
    public string Verb => "pictures";

    public string Usage => "[--out pictures-out]  every exercise picture in both languages as PNG files";

    public async Task<int> RunAsync(BenchOptions options)
    {
        var folder = Path.GetFullPath(options.Text("out", "pictures-out"));
        Directory.CreateDirectory(folder);
        foreach (var language in new[] { Languages.English, Languages.Chinese })
        {
            foreach (var picture in ExercisePictures.All)
            {
                var path = Path.Combine(folder, $"{picture.Key.Name}.{language}.png");
                var png = ExercisePictureRenderer.RenderPng(picture, PictureTexts.For(language));
                await File.WriteAllBytesAsync(path, png);
                Console.WriteLine($"{path}  {png.Length} bytes");
            }
        }

        return 0;
    }
}
