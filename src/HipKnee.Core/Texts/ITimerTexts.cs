namespace HipKnee.Core.Texts;

/// <summary>What the hold timer says: its button, the countdown message and time's up.</summary>
public interface ITimerTexts
{
    string TimerLabel(int seconds);
    string TimerStarted(int seconds);
    string TimerLeft(int seconds);
    string TimerDone(int seconds);
    string TimeIsUp { get; }
    string TimerAlreadyRunning { get; }
    string TimerInterrupted { get; }

    /// <summary>The button of a set of several holds (the bridge): the timer counts every hold and the rests between.</summary>
    string TimerHoldsLabel(int reps, int seconds);
    string TimerHold(int rep, int reps, int seconds);
    string TimerRest(int nextRep, int reps);
    string TimerHoldsDone(int reps, int seconds);
}
