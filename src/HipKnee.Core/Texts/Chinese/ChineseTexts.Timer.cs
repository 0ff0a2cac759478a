namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts
{
    public string TimerLabel(int seconds) => $"⏱ 开始 {seconds} 秒计时";
    public string TimerStarted(int seconds) => $"⏱ {seconds} 秒：撑住！";
    public string TimerLeft(int seconds) => $"⏱ 还剩 {seconds} 秒：坚持住";
    public string TimerDone(int seconds) => $"⏱ {seconds} 秒完成 ✅";
    public string TimeIsUp => "时间到！做完这一组后点击“完成”。";
    public string TimerAlreadyRunning => "计时已经开始了。";
    public string TimerHoldsLabel(int reps, int seconds) => $"⏱ 开始计时：{reps} 次 × {seconds} 秒";
    public string TimerHold(int rep, int reps, int seconds) => $"⏱ 第 {rep} 次（共 {reps} 次）：抬起，保持 {seconds} 秒！";
    public string TimerRest(int nextRep, int reps) => $"⏱ 休息 {Routine.Dose.RestBetweenHoldsSeconds} 秒，然后做第 {nextRep} 次（共 {reps} 次）";
    public string TimerHoldsDone(int reps, int seconds) => $"⏱ {reps} 次 × {seconds} 秒完成 ✅";
    public string TimerInterrupted => "⏱ 我刚才离线了，计时中断了。做完这一组后回复“完成”。";
}
