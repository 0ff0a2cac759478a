using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/language, /export and /deletemydata (with its confirmation button); works with or without a session.</summary>
internal static class AccountCoach
{
    /// <summary>How long the "Yes, delete everything" button stays valid.</summary>
    public static readonly TimeSpan EraseConfirmFor = TimeSpan.FromMinutes(10);

    /// <summary>/language, /export or /deletemydata.</summary>
    public static Decision Command(UserState state, CommandInput command, DateTimeOffset now, ICoachTexts texts) => command.Name switch
    {
        "language" => Languages.Find(command.Args) is { } language
            ? SetLanguage(state, language)
            : Decision.Say(state, new TextReply(texts.LanguagePrompt, LanguageKeyboard())),
        "export" => Decision.Say(state, new ExportReply(texts.ExportCaption)),
        _ => Decision.Say(state with { EraseAskedAt = now }, new TextReply(texts.EraseQuestion,
            [[new ReplyButton(texts.EraseYesLabel, AccountButtons.EraseYes)], [new ReplyButton(texts.EraseNoLabel, AccountButtons.EraseNo)]])),
    };

    /// <summary>A language or erase button; an erase answer comes here only while the question is open.</summary>
    public static Decision Press(UserState state, ButtonInput button, DateTimeOffset now, ICoachTexts texts) => button switch
    {
        LanguageButton language => SetLanguage(state, language.Language).Prepend(new CallbackAnswer(null)),
        EraseButton { Confirmed: true } => Erase(state, now, texts),
        _ => Decision.Say(state with { EraseAskedAt = null }, new CallbackAnswer(null), new TextReply(texts.EraseCancelled)),
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
