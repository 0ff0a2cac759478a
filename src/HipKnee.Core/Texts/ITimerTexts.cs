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
}
