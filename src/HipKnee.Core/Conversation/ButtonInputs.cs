using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;

namespace HipKnee.Core.Conversation;

// Every button the coach shows, as the input its press becomes; CallbackData encodes and parses them.

/// <summary>Start (or, mid-session, resume) a session.</summary>
public sealed record TrainButton : ButtonInput;

/// <summary>Done or Skip for a given set of a given session.</summary>
public sealed record SetButton(SetOutcome Outcome, int Session, int Step) : ButtonInput;

/// <summary>Start the hold timer of a given set of a given session.</summary>
public sealed record TimerButton(int Session, int Step) : ButtonInput;

/// <summary>Speak this language (a supported code).</summary>
public sealed record LanguageButton(string Language) : ButtonInput;

/// <summary>The answer to "delete everything?": yes (<paramref name="Confirmed"/>) or no.</summary>
public sealed record EraseButton(bool Confirmed) : ButtonInput;

/// <summary>The answer to the red-flag screen: none of these apply (<paramref name="NoneApply"/>), or one does.</summary>
public sealed record RedFlagButton(bool NoneApply) : ButtonInput;

/// <summary>"I stopped or skipped because of knee pain."</summary>
public sealed record PainReasonButton : ButtonInput;

/// <summary>The exercise that hurt most; null for "not sure".</summary>
public sealed record HurtButton(ExerciseId? Exercise) : ButtonInput;

/// <summary>The answer to the next-morning check about <paramref name="Day"/>.</summary>
public sealed record MorningButton(MorningAnswer Answer, DateOnly Day) : ButtonInput;

/// <summary>A knee-pain score, 0–10.</summary>
public sealed record PainButton(int Score) : ButtonInput;

/// <summary>Set an exercise (null for all four) to a level, absolute so a double tap changes nothing.</summary>
public sealed record LevelButton(ExerciseId? Exercise, int Level) : ButtonInput;

/// <summary>The answer to a level offer: accept it (<see cref="LevelOffer.MoveUp"/>, <see cref="LevelOffer.StepBack"/>), or keep the level (<see cref="LevelOffer.None"/>).</summary>
public sealed record LevelOfferButton(LevelOffer Accepted) : ButtonInput;

/// <summary>What got in the way of training this week.</summary>
public sealed record BarrierButton(WeekBarrier Barrier) : ButtonInput;

/// <summary>Move the reminder to this local time.</summary>
public sealed record ReminderTimeButton(TimeOnly Time) : ButtonInput;

/// <summary>Turn the weekly summaries off.</summary>
public sealed record SummaryOffButton : ButtonInput;

/// <summary>Pause the reminders.</summary>
public sealed record PauseButton : ButtonInput;

/// <summary>Change the schedule (asks the days again).</summary>
public sealed record ChangeScheduleButton : ButtonInput;

/// <summary>Train on these days; <paramref name="Insist"/> keeps back-to-back days anyway.</summary>
public sealed record DaysButton(TrainingDays Days, bool Insist) : ButtonInput;

/// <summary>The reminder time chosen in the schedule setup.</summary>
public sealed record TimeButton(TimeOnly Time) : ButtonInput;

/// <summary>The time zone chosen (a known IANA id).</summary>
public sealed record ZoneButton(string Zone) : ButtonInput;

/// <summary>A reminder's "In 1 hour" (<paramref name="Snooze"/>) or "Not today", for the training day it was about.</summary>
public sealed record NudgeButton(bool Snooze, DateOnly Day) : ButtonInput;

/// <summary>
/// Data no coach button encodes: from an older version, garbled, or the host's own (admin). The coach answers it
/// kindly as a stale button and changes nothing.
/// </summary>
public sealed record StaleButton(string Data) : ButtonInput;
