namespace HipKnee.Core.Conversation;

/// <summary>
/// What the state is waiting for an answer to; several can be open at once (a pain score and a level offer after a
/// session, say). <see cref="Coach"/> routes each input by (open questions, input kind). The red-flag screen is not
/// here: its buttons are answered whenever pressed (a second tap repeats the all-clear).
/// </summary>
[Flags]
internal enum OpenQuestion
{
    None = 0,

    /// <summary>A session shows a set and waits for done or skip.</summary>
    Set = 1,

    /// <summary>"How did your knees feel?" waits for a 0–10 score, by button or typed.</summary>
    PainScore = 2,

    /// <summary>The schedule setup waits for days, a time or a zone; typed answers count only with no session running.</summary>
    ScheduleSetup = 4,

    /// <summary>"Which exercise hurt the most?" waits for its button.</summary>
    WhichHurt = 8,

    /// <summary>A move-up or step-back offer waits for its button.</summary>
    LevelOffer = 16,

    /// <summary>/deletemydata waits for yes or no.</summary>
    Erase = 32,

    /// <summary>"Your knee this morning?" waits for its button.</summary>
    MorningCheck = 64,
}
