using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HipKnee.Bot.Persistence;

/// <summary>Stores an instant at offset zero, the only offset PostgreSQL's timestamptz accepts through Npgsql.</summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    stored => stored);
