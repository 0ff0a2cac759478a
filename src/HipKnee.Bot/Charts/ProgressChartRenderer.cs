using HipKnee.Core.Progress;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace HipKnee.Bot.Charts;

/// <summary>Draws the /stats chart as a PNG: sessions per week as bars against the goal of three, knee pain as a line on its own 0–10 axis.</summary>
public static class ProgressChartRenderer
{
    public const int Width = 800;
    public const int Height = 450;
    private const double Goal = TrainingWeeks.Goal;
    private static readonly Color SessionsColor = Color.FromHex("#4C9F70");
    private static readonly Color PainColor = Color.FromHex("#D1495B");

    public static byte[] RenderPng(ProgressChart chart)
    {
        EmbeddedFontResolver.Register();
        var plot = new Plot();
        var weeks = chart.Weeks;
        var positions = Enumerable.Range(0, weeks.Count).Select(i => (double)i).ToArray();

        var bars = plot.Add.Bars(positions, weeks.Select(w => (double)w.Sessions).ToArray());
        bars.Color = SessionsColor;
        var goal = plot.Add.HorizontalLine(Goal);
        goal.Color = SessionsColor.WithAlpha(0.6);
        goal.LinePattern = LinePattern.Dashed;

        var pain = weeks.Select((week, i) => (week, i)).Where(p => p.week.Pain is not null).ToList();
        if (pain.Count > 0)
        {
            var line = plot.Add.Scatter(pain.Select(p => (double)p.i).ToArray(), pain.Select(p => p.week.Pain!.Value).ToArray());
            line.Color = PainColor;
            line.LineWidth = 3;
            line.MarkerSize = 8;
            line.Axes.YAxis = plot.Axes.Right;
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, weeks.Select(w => w.Label).ToArray());
        plot.Axes.Left.TickGenerator = new NumericFixedInterval(1);
        plot.Axes.Right.TickGenerator = new NumericFixedInterval(2);
        plot.Axes.SetLimitsX(-0.6, Math.Max(weeks.Count, 1) - 0.4);
        plot.Axes.SetLimitsY(0, Math.Max(Goal + 1, weeks.Select(w => w.Sessions).DefaultIfEmpty(0).Max() + 1), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, PainReading.Max, plot.Axes.Right);
        plot.Title(chart.Title);
        plot.Axes.Left.Label.Text = chart.SessionsLabel;
        plot.Axes.Left.Label.ForeColor = SessionsColor;
        plot.Axes.Right.Label.Text = chart.PainLabel;
        plot.Axes.Right.Label.ForeColor = PainColor;
        plot.Font.Set(EmbeddedFontResolver.FamilyName);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
