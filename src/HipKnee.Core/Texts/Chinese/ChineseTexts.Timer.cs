namespace HipKnee.Core.Texts;

public sealed partial class ChineseTexts
{
    public string TimerLabel(int seconds) => $"⏱ 开始 {seconds} 秒计时";
    public string TimerStarted(int seconds) => $"⏱ {seconds} 秒：保持住！";
    public string TimerLeft(int seconds) => $"⏱ 还剩 {seconds} 秒：继续保持";
    public string TimerDone(int seconds) => $"⏱ {seconds} 秒完成 ✅";
    public string TimeIsUp => "时间到！做完这一组后点击“完成”。";
    public string TimerAlreadyRunning => "计时器已经在运行了。";
    public string TimerInterrupted => "⏱ 我离线期间计时器停止了。做完这一组后回复“完成”。";
}
