using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HipKnee.Bot.Persistence;

/// <summary>Stores an instant as Unix milliseconds (UTC), so SQL can compare and index it.</summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    stored => DateTimeOffset.FromUnixTimeMilliseconds(stored));
