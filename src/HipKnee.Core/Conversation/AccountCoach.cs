using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/language, /export and /deletemydata (with its confirmation button); works with or without a session.</summary>
internal static class AccountCoach
{
    /// <summary>How long the "Yes, delete everything" button stays valid.</summary>
    public static readonly TimeSpan EraseConfirmFor = TimeSpan.FromMinutes(10);

    public static Decision? TryDecide(UserState state, Input input, DateTimeOffset now, ICoachTexts texts) => input switch
    {
        CommandInput { Name: "language" } command => Languages.Find(command.Args) is { } language
            ? SetLanguage(state, language)
            : Decision.Say(state, new TextReply(texts.LanguagePrompt, LanguageKeyboard())),
        ButtonInput button when AccountButtons.TryLanguage(button.Data) is { } language => SetLanguage(state, language).Prepend(new CallbackAnswer(null)),
        CommandInput { Name: "export" } => Decision.Say(state, new ExportReply(texts.ExportCaption)),
        CommandInput { Name: "deletemydata" } => Decision.Say(state with { EraseAskedAt = now }, new TextReply(texts.EraseQuestion,
            [[new ReplyButton(texts.EraseYesLabel, AccountButtons.EraseYes)], [new ReplyButton(texts.EraseNoLabel, AccountButtons.EraseNo)]])),
        ButtonInput { Data: AccountButtons.EraseYes } => Erase(state, now, texts),
        ButtonInput { Data: AccountButtons.EraseNo } => state.EraseAskedAt is null
            ? Decision.Say(state, new CallbackAnswer(texts.EraseExpired))
            : Decision.Say(state with { EraseAskedAt = null }, new CallbackAnswer(null), new TextReply(texts.EraseCancelled)),
        _ => null,
    };

    private static Decision SetLanguage(UserState state, string language)
    {
        var next = state with { Language = language };
        return Decision.Say(next, new TextReply(CoachTexts.For(language).LanguageSet));
    }

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> LanguageKeyboard() =>
        [Languages.Supported.Select(code => new ReplyButton(CoachTexts.For(code).LanguageName, AccountButtons.Language(code))).ToArray()];

    /// <summary>
    /// The confirmed erase: the host deletes every row about the user when it sees <see cref="DataErased"/>;
    /// the state returned is that of a stranger, so nothing about the user survives even in memory.
    /// </summary>
    private static Decision Erase(UserState state, DateTimeOffset now, ICoachTexts texts)
    {
        if (state.EraseAskedAt is not { } asked || now < asked || now - asked > EraseConfirmFor)
        {
            return Decision.Say(state with { EraseAskedAt = null }, new CallbackAnswer(texts.EraseExpired));
        }

        var stranger = new UserState(state.ChatId) { Language = state.Language };
        return new Decision(stranger, [new CallbackAnswer(null), new TextReply(texts.Erased)], [new DataErased(now)]);
    }
}
