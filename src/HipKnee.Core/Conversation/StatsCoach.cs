using HipKnee.Core.Progress;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>/stats: sessions, streaks in weeks met, adherence, skipped sets, pain trend, and a chart.</summary>
internal static class StatsCoach
{
    public static Decision Show(UserState state, DateTimeOffset now, ICoachTexts texts, History history)
    {
        if (history.Sessions.Count == 0 && history.Pain.Count == 0)
        {
            return Decision.Say(state, new TextReply(texts.NoStatsYet, Prompts.StartButton(texts)));
        }

        var report = ProgressReport.Of(history, now, state.TimeZoneId, texts.FirstDayOfWeek, state.TrainingDays);
        return Decision.Say(state, new TextReply(texts.Stats(report), [AppButton.Row(texts)]), new ChartReply(Chart(report, texts)));
    }

    public static ProgressChart Chart(ProgressReport report, ICoachTexts texts) => new(
        texts.ChartTitle,
        texts.ChartSessionsLabel,
        texts.ChartPainLabel,
        report.Weeks.TakeLast(ProgressChart.MaxWeeks).Select(week => new ChartWeek(texts.WeekLabel(week.Start), week.Completed, week.AveragePain)).ToList());
}
