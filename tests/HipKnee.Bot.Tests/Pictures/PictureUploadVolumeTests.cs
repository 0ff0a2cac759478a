using System.Globalization;
using System.Text.RegularExpressions;
using HipKnee.Bot.Tests.Support;
using Xunit.Abstractions;

namespace HipKnee.Bot.Tests.Pictures;

/// <summary>What pictures cost in uploads when many runners start at once: each picture once per language, then file ids.</summary>
public sealed partial class PictureUploadVolumeTests(ITestOutputHelper output) : FakeApiTest
{
    private const int Users = 100;

    [Fact]
    public async Task A_hundred_users_first_sessions_upload_each_picture_once_per_language()
    {
        // Limits raised so the run takes seconds; pacing is not what this test is about.
        await using var host = await BotTestHost.StartAsync(Api, Db,
            settings: ["--Telegram:MaxMessagesPerSecond=2000", "--Telegram:MaxMessagesPerChatPerSecond=100", "--Telegram:ChatBurst=100"]);
        var users = Enumerable.Range(0, Users).Select(i => 7000L + i).ToArray();
        for (var step = 0; step <= 8; step++)
        {
            foreach (var user in users)
            {
                Api.EnqueueText(user, step == 0 ? "/train" : "done", languageCode: user % 2 == 0 ? "en" : "zh-hans");
            }

            foreach (var user in users)
            {
                await Api.WaitForSentCountAsync(user, step + 1, Waits.Long);
            }
        }

        var photos = Api.CallsTo("sendPhoto").Where(c => !c.Failed).ToArray();
        var uploads = photos.Select(ExercisePictureSendingTests.UploadOf).OfType<string>().ToArray();
        var bytes = uploads.Sum(upload => long.Parse(Size().Match(upload).Groups[1].Value, CultureInfo.InvariantCulture));
        output.WriteLine($"{Users} users' first sessions: {photos.Length} exercise photos, {uploads.Length} uploads, {bytes} bytes uploaded; " +
            $"{photos.Length - uploads.Length} sent by file id (a PNG each time would have been about {bytes / Math.Max(1, uploads.Length) * photos.Length} bytes)");
        Assert.Equal(Users * 4, photos.Length);
        Assert.Equal(8, uploads.Length);
        Assert.Equal(8, uploads.Select(u => u.Split(':')[1]).Distinct().Count());
    }

    [GeneratedRegex(@":(\d+) bytes>$")]
    private static partial Regex Size();
}
