namespace HipKnee.Bot.Console;

/// <summary>Where console mode reads and writes; the process's stdin/stdout unless a test supplies its own.</summary>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output);
