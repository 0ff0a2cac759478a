namespace HipKnee.Bot.Persistence;

/// <summary>One user (a private chat): their settings and where they are in the conversation.</summary>
public sealed class UserRecord
{
    public long ChatId { get; set; }
    public string Language { get; set; } = "en";
    public int Level { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public int TrainingDays { get; set; }
    public int SessionCount { get; set; }
    public int? ActiveSessionNumber { get; set; }
    public DateTimeOffset? ActiveStartedAt { get; set; }
    public DateTimeOffset? ActiveLastActivityAt { get; set; }
    public int ActiveStep { get; set; }
    public int ActiveDone { get; set; }
    public int ActiveSkipped { get; set; }
    public DateTimeOffset? LastNonTextHintAt { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bumped on every save; a concurrent writer that read an older version fails instead of overwriting.</summary>
    public long Version { get; set; }
}
