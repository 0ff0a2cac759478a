using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// The weekly check-in on the last evening of the user's week: sessions against the plan, streak and pain trend.
/// A short week asks what got in the way, with one button per barrier; every summary has a button to opt out.
/// </summary>
internal static class SummaryCoach
{
    /// <summary>A summary the bot could not send within this long (it was down) is skipped, not sent late.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromHours(12);

    public static Decision Due(UserState state, History history, DateTimeOffset now, ICoachTexts texts)
    {
        if (state.NextSummaryAt is not { } at || at > now)
        {
            return Decision.Say(state);
        }

        var next = state with { NextSummaryAt = SummaryPlanner.Next(state, now, texts.FirstDayOfWeek) };
        if (now - at > Grace)
        {
            return Decision.Say(next);
        }

        var report = ProgressReport.Of(history, now, state.TimeZoneId, texts.FirstDayOfWeek, state.TrainingDays);
        var week = report.CurrentWeek;
        var text = texts.WeeklySummary(week.Start, week.Completed, TrainingWeeks.Goal, report.CurrentStreak, report.PainTrend);
        IReadOnlyList<ReplyButton> optOut = [new(texts.SummaryOffLabel, ProgressButtons.SummaryOff)];
        if (week.IsMet)
        {
            return Decision.Say(next, new TextReply(text, [optOut]));
        }

        return Decision.Say(next, new TextReply(text + "\n\n" + texts.BarrierQuestion, [.. BarrierKeyboard(texts), optOut]));
    }

    public static Decision TurnOn(UserState state, ICoachTexts texts) =>
        Decision.Say(state with { SummariesOff = false }, new TextReply(texts.SummariesOn));

    public static Decision TurnOff(UserState state, ICoachTexts texts) =>
        Decision.Say(state with { SummariesOff = true, NextSummaryAt = null }, new TextReply(texts.SummariesOff));

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> BarrierKeyboard(ICoachTexts texts) =>
        Enum.GetValues<WeekBarrier>()
            .Where(barrier => barrier != WeekBarrier.Other)
            .Append(WeekBarrier.Other)
            .Select(barrier => new ReplyButton(texts.BarrierLabel(barrier), ProgressButtons.Barrier(barrier)))
            .Chunk(2)
            .Select(row => (IReadOnlyList<ReplyButton>)row)
            .ToList();
}
