using System.Globalization;

namespace HipKnee.Bench;

/// <summary>
/// The one-line results each benchmark adds to the suite's table (bench/run.sh passes <c>--summary file</c>): tab-separated
/// benchmark, HipKnee figure, baseline figure, ratio, target, pass/fail.
/// </summary>
public static class SummaryRows
{
    public static void Add(BenchOptions options, string benchmark, string figure, string baseline, string ratio, string target, bool? pass)
    {
        var file = options.Text("summary", "");
        if (file.Length == 0)
        {
            return;
        }

        var verdict = pass switch { true => "pass", false => "FAIL", null => "-" };
        File.AppendAllLines(file, [string.Join('\t', benchmark, figure, baseline, ratio, target, verdict)]);
    }

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
