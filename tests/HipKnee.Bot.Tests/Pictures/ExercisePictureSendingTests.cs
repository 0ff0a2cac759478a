using System.Text.Json;
using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests.Pictures;

/// <summary>Exercise pictures through the real host and the fake Bot API: uploaded once, then sent by Telegram's file id.</summary>
public sealed class ExercisePictureSendingTests : FakeApiTest
{
    private const long Runner = 3001;
    private const long Second = 3002;
    private const long Third = 3003;

    [Fact]
    public async Task The_first_lunge_set_comes_as_an_uploaded_photo_with_the_prompt_and_its_buttons_and_the_right_side_does_not()
    {
        await using var host = await BotTestHost.StartAsync(Api, Db);
        Api.EnqueueText(Runner, "/train");
        var photo = await PhotoToAsync(Runner);

        Assert.StartsWith("<file:forward-lunge.en.png:", UploadOf(photo));
        var caption = photo.GetString("caption")!;
        Assert.Contains("Set 1 of 8 · Forward lunge, left leg", caption);
        Assert.InRange(caption.Length, 1, 1024);
        var buttons = JsonDocument.Parse(photo.GetString("reply_markup")!).RootElement.GetProperty("inline_keyboard")[0];
        Assert.Equal(["✅ Done", "Skip"], buttons.EnumerateArray().Select(b => b.GetProperty("text").GetString() ?? "").ToArray());

        Api.EnqueueText(Runner, "done");
        await Api.WaitForSentCountAsync(Runner, 2, Waits.Long);
        Assert.Contains("Forward lunge, right leg", Api.TextsSentTo(Runner)[1]);
        Assert.Single(Api.CallsTo("sendPhoto"));
        await using var db = Db.Open();
        var stored = await db.PictureUploads.SingleAsync();
        Assert.Equal(("forward-lunge.en.png", "fake-file-1"), (stored.FileName, stored.FileId));
    }

    [Fact]
    public async Task A_second_user_gets_the_picture_by_file_id_without_an_upload()
    {
        await using var host = await BotTestHost.StartAsync(Api, Db);
        Api.EnqueueText(Runner, "/train");
        var first = await PhotoToAsync(Runner);
        Api.EnqueueText(Second, "/train");
        var second = await PhotoToAsync(Second);

        Assert.StartsWith("<file:", UploadOf(first));
        Assert.Equal("fake-file-1", second.GetString("photo"));
        Assert.Equal(2, Api.CallsTo("sendPhoto").Count);
    }

    [Fact]
    public async Task A_file_id_telegram_refuses_is_forgotten_and_the_picture_uploaded_once_more()
    {
        await using var host = await BotTestHost.StartAsync(Api, Db);
        Api.EnqueueText(Runner, "/train");
        await PhotoToAsync(Runner);
        Api.ForgetFileIds();

        Api.EnqueueText(Second, "/train");
        var resent = await PhotoToAsync(Second);
        Api.EnqueueText(Third, "/train");
        var third = await PhotoToAsync(Third);

        var toSecond = Api.CallsTo("sendPhoto").Where(c => c.ChatId == Second).ToArray();
        Assert.Equal(2, toSecond.Length);
        Assert.True(toSecond[0].Failed);
        Assert.Equal("fake-file-1", toSecond[0].GetString("photo"));
        Assert.StartsWith("<file:forward-lunge.en.png:", UploadOf(resent));
        Assert.Equal("fake-file-2", third.GetString("photo"));
        Assert.Equal(2, Api.CallsTo("sendPhoto").Count(c => UploadOf(c) is not null));
    }

    [Fact]
    public async Task With_pictures_off_the_prompt_comes_as_text_only_and_on_brings_them_back()
    {
        await using var host = await BotTestHost.StartAsync(Api, Db);
        Api.EnqueueText(Runner, "/pictures off");
        await Api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        Api.EnqueueText(Runner, "/train");
        await Api.WaitForSentCountAsync(Runner, 2, Waits.Long);

        Assert.Contains("Pictures are off", Api.TextsSentTo(Runner)[0]);
        Assert.Contains("Set 1 of 8 · Forward lunge, left leg", Api.TextsSentTo(Runner)[1]);
        Assert.Empty(Api.CallsTo("sendPhoto"));
        await using (var db = Db.Open())
        {
            Assert.True((await db.Users.SingleAsync(u => u.ChatId == Runner)).PicturesOff);
        }

        Api.EnqueueText(Runner, "/pictures on");
        Api.EnqueueText(Runner, "/stop");
        Api.EnqueueText(Runner, "/train");
        var next = await PhotoToAsync(Runner);
        Assert.Contains("Set 1 of 8", next.GetString("caption"));
    }

    [Fact]
    public async Task The_stored_file_id_is_used_after_a_restart()
    {
        await using (var first = await BotTestHost.StartAsync(Api, Db))
        {
            Api.EnqueueText(Runner, "/train");
            await PhotoToAsync(Runner);
        }

        await using var restarted = await BotTestHost.StartAsync(Api, Db);
        Api.EnqueueText(Second, "/train");
        var photo = await PhotoToAsync(Second);

        Assert.Equal("fake-file-1", photo.GetString("photo"));
    }

    [Fact]
    public async Task A_user_on_the_beginner_variant_gets_its_picture_in_their_language()
    {
        await using var host = await BotTestHost.StartAsync(Api, Db);
        Api.EnqueueText(Runner, "/level 1", languageCode: "zh-hans");
        await Api.WaitForSentCountAsync(Runner, 1, Waits.Long);
        Api.EnqueueText(Runner, "/train", languageCode: "zh-hans");
        var photo = await PhotoToAsync(Runner);

        Assert.StartsWith("<file:forward-lunge-easier.zh.png:", UploadOf(photo));
    }

    private Task<RecordedCall> PhotoToAsync(long chatId) =>
        Api.WaitForCallAsync(c => c.Is("sendPhoto") && c.ChatId == chatId && !c.Failed, Waits.Long);

    /// <summary>The uploaded part of a photo call, "&lt;file:name:N bytes&gt;"; null when the photo went by file id.</summary>
    internal static string? UploadOf(RecordedCall call) =>
        call.GetString("photo") is { } photo && photo.StartsWith("attach://", StringComparison.Ordinal) ? call.GetString(photo["attach://".Length..]) : null;
}
