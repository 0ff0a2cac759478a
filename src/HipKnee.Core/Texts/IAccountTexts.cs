namespace HipKnee.Core.Texts;

/// <summary>Language, data export and erasure, and the command menu, in one language.</summary>
public interface IAccountTexts
{
    /// <summary>The language's own name, as shown on its button.</summary>
    string LanguageName { get; }

    string LanguageSet { get; }
    string LanguagePrompt { get; }

    /// <summary>The first day of a training week for speakers of this language.</summary>
    DayOfWeek FirstDayOfWeek { get; }

    string ExportCaption { get; }
    string EraseQuestion { get; }
    string EraseYesLabel { get; }
    string EraseNoLabel { get; }
    string EraseExpired { get; }
    string EraseCancelled { get; }
    string Erased { get; }

    /// <summary>The commands and their descriptions for the Telegram command menu.</summary>
    IReadOnlyList<KeyValuePair<string, string>> CommandMenu { get; }
}
