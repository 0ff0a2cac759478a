using HipKnee.Bot.Outbox;
using HipKnee.Bot.Persistence;
using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Texts;
using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Updates;

namespace HipKnee.Bot.WebApp;

/// <summary>
/// Reads and changes the caller's own row, and only theirs: the id comes from validated initData (a private chat's
/// id is its user's id). A change is one transaction with the chat's one-line note in the outbox; a row changed
/// meanwhile by the chat (the version column) makes it a 409, with nothing saved.
/// </summary>
public sealed class AppUserStore(HipKneeDbContext db, TimeProvider time, OutboxSignal outbox)
{
    public async Task<IResult> MeAsync(WebAppUser caller, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.ChatId == caller.Id, ct);
        return user is null ? AppError.UnknownUser(caller) : Results.Json(await DocumentAsync(user, time.GetUtcNow(), ct));
    }

    public async Task<IResult> ChangeAsync(WebAppUser caller, Func<UserState, DateTimeOffset, AppSettingOutcome> change, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        try
        {
            await using var transaction = await db.Database.BeginOrCloseAsync(ct);
            var user = await db.Users.FirstOrDefaultAsync(u => u.ChatId == caller.Id, ct);
            if (user is null)
            {
                return AppError.UnknownUser(caller);
            }

            var outcome = change(UserStateMapping.ToState(user), now);
            if (outcome.Error is { } error)
            {
                return AppError.Status(StatusCodes.Status400BadRequest, error);
            }

            if (outcome.ChatLine is { } line)
            {
                UserStateMapping.Apply(outcome.Next, user, now);
                OutboxWriter.Add(db, user.ChatId, null, [new TextReply(line)], now);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                outbox.Notify();
            }

            return Results.Json(await DocumentAsync(user, now, ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            var texts = CoachTexts.For(Languages.FromTelegram(caller.LanguageCode));
            return AppError.Status(StatusCodes.Status409Conflict, texts.AppConflict);
        }
    }

    private async Task<object> DocumentAsync(UserRecord user, DateTimeOffset now, CancellationToken ct)
    {
        var state = UserStateMapping.ToState(user);
        // Twelve weeks of calendar and pain points, from the Monday they start on (a day early covers any zone).
        var since = now - TimeSpan.FromDays(7 * TrainingCalendarView.Weeks + 1);
        var history = await HistoryLoader.LoadAsync(db, user, since, ct);
        return MeDocument.Build(state, history, now);
    }
}
