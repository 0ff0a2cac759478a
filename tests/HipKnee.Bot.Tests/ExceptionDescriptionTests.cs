using HipKnee.Bot.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

public sealed class ExceptionDescriptionTests
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private readonly SecretRedactor _redactor = new(Token);

    [Fact]
    public void A_token_inside_a_nested_inner_exception_is_redacted_and_the_chain_is_kept()
    {
        var inner = new HttpRequestException($"Connection refused (api.telegram.org/bot{Token}/getUpdates)");
        var outer = new InvalidOperationException("Polling failed", new AggregateException("Several", new IOException("read failed", inner)));

        var text = _redactor.Describe(outer);

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains($"HttpRequestException: Connection refused (api.telegram.org/bot{SecretRedactor.Mask}/getUpdates)", text, StringComparison.Ordinal);
        Assert.StartsWith("InvalidOperationException: Polling failed ---> AggregateException: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DbUpdateException_reports_its_inner_cause_instead_of_its_own_see_inner_message()
    {
        var cause = new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: Inbox.UpdateId'.", 19);
        var failure = new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.", cause);

        var text = _redactor.Describe(failure);

        Assert.Equal("DbUpdateException ---> SqliteException: SQLite Error 19: 'UNIQUE constraint failed: Inbox.UpdateId'.", text);
    }

    [Fact]
    public void A_message_over_several_lines_becomes_one_line_and_no_token_leaves_text_as_it_is()
    {
        var text = new SecretRedactor(null).Describe(new TimeoutException("first line\nsecond line"));

        Assert.Equal("TimeoutException: first line second line", text);
    }
}
