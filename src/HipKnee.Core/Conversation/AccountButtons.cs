namespace HipKnee.Core.Conversation;

/// <summary>Payloads of the account buttons (encoded by <see cref="CallbackData"/>): language, confirm or cancel erasing.</summary>
public static class AccountButtons
{
    public static readonly string EraseYes = CallbackData.Of(new EraseButton(Confirmed: true));
    public static readonly string EraseNo = CallbackData.Of(new EraseButton(Confirmed: false));

    public static string Language(string code) => CallbackData.Of(new LanguageButton(code));
}
