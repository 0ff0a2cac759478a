namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts
{
    public string LanguageName => "English";
    public string LanguageSet => "Language set to English. /help lists what I understand.";
    public string LanguagePrompt => "Choose your language:";
    public DayOfWeek FirstDayOfWeek => DayOfWeek.Monday;

    public string ExportCaption =>
        "Your HipKnee data: a JSON file with everything I store about you, and a CSV of your sessions, sets and pain entries that opens in any spreadsheet.";

    public string EraseQuestion =>
        "This deletes everything I store about you: settings, schedule, sessions, sets, pain entries, morning check answers and any messages waiting to be sent. " +
        "It can't be undone. Delete everything?";

    public string EraseYesLabel => "Yes, delete everything";
    public string EraseNoLabel => "Cancel";
    public string EraseExpired => "That confirmation has expired. Type /deletemydata again.";
    public string EraseCancelled => "Nothing was deleted.";
    public string Erased => "Done: everything I stored about you is deleted. If you write again, I'll start fresh.";

    public IReadOnlyList<KeyValuePair<string, string>> CommandMenu { get; } =
    [
        new("train", "Start or resume today's session"),
        new("stop", "End the current session early"),
        new("pain", "Note your knee pain (0-10)"),
        new("stats", "Sessions, streak, adherence and a chart"),
        new("level", "See and change your exercise levels"),
        new("schedule", "Your training days and reminder time"),
        new("timezone", "Your time zone for reminders"),
        new("pause", "Pause reminders"),
        new("resume", "Turn reminders back on"),
        new("summary", "Turn the weekly summary back on"),
        new("language", "English or 简体中文"),
        new("pictures", "Exercise pictures on or off"),
        new("export", "Your data as JSON and CSV"),
        new("deletemydata", "Erase everything about you"),
        new("help", "What I understand"),
        new("start", "Introduction and safety note"),
    ];
}
