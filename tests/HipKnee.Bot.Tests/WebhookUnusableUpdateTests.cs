using System.Net;
using System.Text.Json.Nodes;
using HipKnee.Bot.Tests.Corpus;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

/// <summary>
/// Issue 14 item 6: an update with an integer update_id that the coach cannot use is answered 200 and skipped, logged
/// once, never 500 and never an exception in the log (Telegram redelivers anything that is not 2xx).
/// </summary>
public sealed class WebhookUnusableUpdateTests : FakeApiTest
{
    private static readonly string[] Unusable =
    [
        "message_without_chat.json", "message_with_null_chat.json", "message_date_beyond_range.json", "message_date_below_range.json",
        "message_edit_date_beyond_range.json", "message_empty_object.json", "callback_without_from.json", "callback_without_id.json",
        "callback_message_without_chat.json", "callback_empty.json", "my_chat_member_without_new_member.json",
        "my_chat_member_without_chat.json", "channel_post_without_chat.json",
    ];

    [Fact]
    public async Task Every_update_the_coach_cannot_use_is_answered_200_skipped_and_logged_once_without_an_exception()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await BotTestHost.StartAsync(Api, Db, logs: logs, settings: WebhookPoster.WebhookSettings);
        using var poster = new WebhookPoster(host, WebhookPoster.Secret);

        var updateIds = new List<long>();
        foreach (var file in Unusable)
        {
            var update = JsonNode.Parse(CorpusDocument.Load(file).Json)!.AsObject();
            updateIds.Add(update["update_id"]!.GetValue<long>());
            Assert.True(await poster.PostAsync(update.ToJsonString()) == HttpStatusCode.OK, file);
        }

        Assert.Equal(HttpStatusCode.OK, await poster.PostAsync(WebhookPoster.TextUpdate(990001, 53001, "/help")));
        await Api.WaitForSentCountAsync(53001, 1, Waits.Long);

        await using var db = Db.Open();
        Assert.False(await db.Inbox.AnyAsync(i => updateIds.Contains(i.UpdateId)));
        Assert.All(updateIds, id => Assert.Single(logs.Lines, line => line.Contains($"Update {id} ", StringComparison.Ordinal) && line.Contains("skipped", StringComparison.Ordinal)));
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }
}
