namespace HipKnee.Core.Texts;

public sealed partial class EnglishTexts
{
    public string TimerLabel(int seconds) => $"⏱ Start {seconds} s timer";
    public string TimerStarted(int seconds) => $"⏱ {seconds} s: hold it!";
    public string TimerLeft(int seconds) => $"⏱ {seconds} s left: keep holding";
    public string TimerDone(int seconds) => $"⏱ {seconds} s done ✅";
    public string TimeIsUp => "Time's up! Tap Done when you've finished the set.";
    public string TimerAlreadyRunning => "The timer is already running.";
    public string TimerHoldsLabel(int reps, int seconds) => $"⏱ Start timer: {reps} × {seconds} s holds";
    public string TimerHold(int rep, int reps, int seconds) => $"⏱ Hold {rep} of {reps}: {seconds} s, lift and hold!";
    public string TimerRest(int nextRep, int reps) => $"⏱ Rest {Routine.Dose.RestBetweenHoldsSeconds} s, then hold {nextRep} of {reps}";
    public string TimerHoldsDone(int reps, int seconds) => $"⏱ {reps} × {seconds} s done ✅";
    public string TimerInterrupted => "⏱ The timer stopped while I was offline. Reply done when you've finished the set.";
}
