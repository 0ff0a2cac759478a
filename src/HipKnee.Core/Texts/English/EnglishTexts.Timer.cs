namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts
{
    public string TimerLabel(int seconds) => $"⏱ Start {seconds} s timer";
    public string TimerStarted(int seconds) => $"⏱ {seconds} s: hold it!";
    public string TimerLeft(int seconds) => $"⏱ {seconds} s left: keep holding";
    public string TimerDone(int seconds) => $"⏱ {seconds} s done ✅";
    public string TimeIsUp => "Time's up! Tap Done when you've finished the set.";
    public string TimerAlreadyRunning => "The timer is already running.";
    public string TimerInterrupted => "⏱ The timer stopped while I was offline. Reply done when you've finished the set.";
}
