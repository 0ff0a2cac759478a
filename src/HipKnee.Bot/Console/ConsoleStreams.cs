namespace HipKnee.Bot.Console;

/// <summary>Where console mode reads and writes; the process's stdin/stdout unless a test supplies its own.</summary>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output)
{
    /// <summary>The buttons printed last, shared by the printer and the reader.</summary>
    public ConsoleButtons Buttons { get; } = new();
}
