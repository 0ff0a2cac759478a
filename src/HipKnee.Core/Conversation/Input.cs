namespace HipKnee.Core.Conversation;

/// <summary>Something the user sent, already parsed from its transport.</summary>
public abstract record Input;

/// <summary>A slash command; <paramref name="Name"/> is lower case without the slash.</summary>
public sealed record CommandInput(string Name, string Args) : Input;

/// <summary>"done" in any of its lenient forms.</summary>
public sealed record DoneInput : Input;

/// <summary>"skip" typed as text.</summary>
public sealed record SkipInput : Input;

/// <summary>Any other text.</summary>
public sealed record TextInput(string Text) : Input;

/// <summary>An inline button press, parsed once from its callback data by <see cref="CallbackData.Parse"/> (the kinds are in ButtonInputs.cs).</summary>
public abstract record ButtonInput : Input;

/// <summary>A sticker, photo, voice note or anything else that is not text.</summary>
public sealed record NonTextInput : Input;

/// <summary>The reminder scan found this user's next nudge due.</summary>
public sealed record ReminderDueInput : Input;

/// <summary>The weekly-summary scan found this user's summary due.</summary>
public sealed record SummaryDueInput : Input;

/// <summary>The timer scan found this user's hold timer due for its next tick.</summary>
public sealed record TimerDueInput : Input;

/// <summary>The morning-check scan found this user's next-morning question due.</summary>
public sealed record MorningCheckDueInput : Input;

/// <summary>The user blocked the bot in their private chat.</summary>
public sealed record BlockedInput : Input;

/// <summary>The user unblocked (or restarted) the bot in their private chat.</summary>
public sealed record UnblockedInput : Input;
