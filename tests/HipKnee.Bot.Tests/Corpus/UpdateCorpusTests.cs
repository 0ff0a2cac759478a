using HipKnee.Bot.Tests.Support;
using HipKnee.Testing.Fakes;

namespace HipKnee.Bot.Tests.Corpus;

/// <summary>
/// Every document in Corpus/Updates goes through the real intake (polling, mapping, one transaction, outbox,
/// sender) against SQLite and the fake Bot API; the exact outgoing calls and the user's state are checked.
/// </summary>
public sealed class UpdateCorpusTests(CorpusHost bot) : IClassFixture<CorpusHost>
{
    private const string Hint = "I understand text and buttons only";
    private const string Idle = "I'm your hip-strength coach";

    /// <summary>The same idle answer for a user whose Telegram language is Chinese: they are coached in Chinese.</summary>
    private const string IdleInChinese = "我是你的髋部力量教练";
    private const string Pointer = "in a private chat";
    private const string Help = "Here's what I understand";
    private const string CaughtNothing = "I didn't catch that";
    private const string StaleButton = "answer:That set is already behind you";

    /// <param name="inSession">Start a session in the document's chat first.</param>
    /// <param name="expected">Each outgoing call, in order: a sendMessage text fragment, or "answer:" and a button answer's text. Empty: no call at all.</param>
    /// <param name="stepAfter">The session step afterwards (inSession cases), or -1.</param>
    [Theory]
    // Item 5: every kind of update, media and other non-text input.
    [InlineData("sticker.json", false, Hint, -1)]
    [InlineData("photo_with_caption.json", false, Hint, -1)]
    [InlineData("voice.json", false, Hint, -1)]
    [InlineData("location.json", false, Hint, -1)]
    [InlineData("contact.json", false, Hint, -1)]
    [InlineData("document.json", false, Hint, -1)]
    [InlineData("animation.json", false, Hint, -1)]
    [InlineData("video_note.json", false, Hint, -1)]
    [InlineData("dice.json", false, Hint, -1)]
    [InlineData("poll_message.json", false, Hint, -1)]
    [InlineData("venue.json", false, Hint, -1)]
    [InlineData("forwarded_done_in_session.json", true, Hint + "|Set 1 of 8", 0)]
    [InlineData("edited_done_in_session.json", true, "", 0)]
    [InlineData("edited_text.json", false, "", -1)]
    [InlineData("reply_to_prompt_done_in_session.json", true, "Set 2 of 8", 1)]
    [InlineData("channel_post.json", false, Pointer, -1)]
    [InlineData("edited_channel_post.json", false, "", -1)]
    [InlineData("message_from_a_bot.json", false, "", -1)]
    [InlineData("group_anonymous_admin.json", false, Pointer, -1)]
    [InlineData("group_command.json", false, Pointer, -1)]
    [InlineData("group_command_for_other_bot.json", false, "", -1)]
    [InlineData("bot_added_to_group.json", false, Pointer, -1)]
    [InlineData("chat_member_in_group.json", false, "", -1)]
    [InlineData("inline_query.json", false, "", -1)]
    [InlineData("chosen_inline_result.json", false, "", -1)]
    [InlineData("poll.json", false, "", -1)]
    [InlineData("poll_answer.json", false, "", -1)]
    [InlineData("chat_join_request.json", false, "", -1)]
    [InlineData("message_reaction.json", false, "", -1)]
    [InlineData("callback_from_inline_message.json", false, "", -1)]
    [InlineData("pre_checkout_query.json", false, "", -1)]
    [InlineData("business_message.json", false, "", -1)]
    [InlineData("service_pinned_message.json", false, "", -1)]
    [InlineData("unknown_update_type.json", false, "", -1)]
    [InlineData("unknown_fields.json", false, Help, -1)]
    [InlineData("unknown_entity_type.json", false, Help, -1)]
    [InlineData("unknown_chat_type.json", false, "", -1)]
    [InlineData("unreadable_lone_surrogate.json", false, "", -1)]
    // Issue 14 item 6: shapes Telegram never sends (missing chat, sender or id, dates beyond a date's range) are skipped.
    [InlineData("message_without_chat.json", false, "", -1)]
    [InlineData("message_with_null_chat.json", false, "", -1)]
    [InlineData("message_without_from_in_private_chat.json", false, "", -1)]
    [InlineData("message_date_beyond_range.json", false, "", -1)]
    [InlineData("message_date_below_range.json", false, "", -1)]
    [InlineData("message_edit_date_beyond_range.json", false, "", -1)]
    [InlineData("message_dated_year_9999.json", false, Help, -1)]
    [InlineData("message_empty_object.json", false, "", -1)]
    [InlineData("callback_without_from.json", false, "", -1)]
    [InlineData("callback_without_id.json", false, "", -1)]
    [InlineData("callback_message_without_chat.json", false, "", -1)]
    [InlineData("callback_empty.json", false, "", -1)]
    [InlineData("my_chat_member_without_new_member.json", false, "", -1)]
    [InlineData("my_chat_member_without_chat.json", false, "", -1)]
    [InlineData("channel_post_without_chat.json", false, "", -1)]
    // Item 6: text of every shape.
    [InlineData("text_padded_done_in_session.json", true, "Set 2 of 8", 1)]
    [InlineData("text_check_mark_in_session.json", true, "Set 2 of 8", 1)]
    [InlineData("text_thumbs_up_skin_tone_in_session.json", true, "Set 2 of 8", 1)]
    [InlineData("text_zero_width_done_in_session.json", true, "Set 2 of 8", 1)]
    [InlineData("text_chinese_done_in_session.json", true, "Set 2 of 8", 1)]
    [InlineData("text_shouted_done_in_session.json", true, "Set 2 of 8", 1)]
    [InlineData("text_bold_entities_in_session.json", true, "Set 2 of 8", 1)]
    [InlineData("text_hebrew_in_session.json", true, CaughtNothing, 0)]
    [InlineData("text_unknown_in_session.json", true, CaughtNothing, 0)]
    [InlineData("text_train_for_other_bot_in_session.json", true, "", 0)]
    [InlineData("text_arabic.json", false, Idle, -1)]
    [InlineData("text_cyrillic.json", false, Idle, -1)]
    [InlineData("text_chinese_other.json", false, IdleInChinese, -1)]
    [InlineData("text_zwj_family_emoji.json", false, Idle, -1)]
    [InlineData("text_combining_accent.json", false, Idle, -1)]
    [InlineData("text_4096_characters.json", false, Idle, -1)]
    [InlineData("text_whitespace_only.json", false, "", -1)]
    [InlineData("text_zero_width_only.json", false, "", -1)]
    [InlineData("text_empty.json", false, "", -1)]
    [InlineData("text_unknown_command.json", false, "I don't know that command", -1)]
    [InlineData("text_start_with_deep_link.json", false, "Hi! I'm HipKnee|Before your first session", -1)]
    [InlineData("text_start_addressed_to_this_bot.json", false, "Hi! I'm HipKnee|Before your first session", -1)]
    [InlineData("text_start_for_other_bot.json", false, "", -1)]
    [InlineData("callback_garbage_data.json", false, StaleButton, -1)]
    [InlineData("callback_without_data.json", false, StaleButton, -1)]
    public async Task Each_update_in_the_corpus_gets_exactly_its_expected_outcome(string file, bool inSession, string expected, int stepAfter)
    {
        var document = CorpusDocument.Load(file);
        var chatId = document.ChatId;
        if (inSession)
        {
            await bot.Intake.SendTextAsync(chatId!.Value, "/train");
        }

        var userBefore = chatId is { } id ? await bot.Intake.UserAsync(id) : null;
        var calls = document.MustBeSentVerbatim ? await bot.Intake.SendRawAsync(document.Json) : await bot.Intake.SendAsync(document.Update());

        var expectations = expected.Length == 0 ? [] : expected.Split('|');
        Assert.True(expectations.Length == calls.Count, $"{file}: expected [{expected}], got [{string.Join(", ", calls)}]");
        for (var i = 0; i < calls.Count; i++)
        {
            AssertCall(expectations[i], calls[i], chatId);
        }

        if (chatId is { } chat && chat > 0)
        {
            var userAfter = await bot.Intake.UserAsync(chat);
            if (calls.Count == 0)
            {
                Assert.Equal(userBefore?.Version, userAfter?.Version);
            }

            if (stepAfter >= 0)
            {
                Assert.Equal(stepAfter, userAfter!.ActiveStep);
                Assert.NotNull(userAfter.ActiveSessionNumber);
            }
        }
    }

    private static void AssertCall(string expectation, RecordedCall call, long? chatId)
    {
        if (expectation.StartsWith("answer:", StringComparison.Ordinal))
        {
            Assert.True(call.Is("answerCallbackQuery"), $"expected a button answer, got {call}");
            Assert.Contains(expectation["answer:".Length..], call.Text);
            return;
        }

        Assert.True(call.Is("sendMessage") || call.Is("sendPhoto"), $"expected a message, got {call}");
        Assert.Equal(chatId, call.ChatId);
        Assert.Contains(expectation, call.Text);
    }
}
