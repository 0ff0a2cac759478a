using HipKnee.Core.Pictures;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Conversation;

/// <summary>Something the coach wants sent back.</summary>
public abstract record Reply;

/// <summary>A chat message, with rows of inline buttons (none when empty).</summary>
public sealed record TextReply(string Text, IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons) : Reply
{
    public TextReply(string text) : this(text, []) { }

    /// <summary>Names the message so a later <see cref="EditReply"/> can change it (e.g. a countdown).</summary>
    public string? Tag { get; init; }

    /// <summary>An exercise picture to send with this text as its caption (the first set of each exercise).</summary>
    public PictureKey? Picture { get; init; }
}

/// <summary>Changes the text of the message sent earlier with this tag; nothing when that message never went out.</summary>
public sealed record EditReply(string Tag, string Text) : Reply;

public sealed record ReplyButton(string Label, string Data);

/// <summary>The answer to a button press, so the button stops spinning; text shows as a short toast.</summary>
public sealed record CallbackAnswer(string? Text) : Reply;

/// <summary>A progress chart to draw and send as a picture.</summary>
public sealed record ChartReply(ProgressChart Chart) : Reply;

/// <summary>The user's own data, to be sent as documents (JSON and CSV) with this caption.</summary>
public sealed record ExportReply(string Caption) : Reply;
