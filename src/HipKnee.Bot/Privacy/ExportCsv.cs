using System.Globalization;
using System.Text;
using HipKnee.Core.Conversation;

namespace HipKnee.Bot.Privacy;

/// <summary>
/// Sessions, sets and pain entries as one CSV a physiotherapist can open in a spreadsheet: one row per record,
/// the <c>record</c> column says which kind; times in UTC (ISO 8601) with the user's local date beside pain.
/// </summary>
internal static class ExportCsv
{
    public const string Header = "record,session,started_at_utc,ended_at_utc,session_outcome,set,exercise,side,set_outcome,at_utc,local_day,pain_0_to_10";

    public static string Write(ExportData data)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var session in data.Sessions)
        {
            var outcome = session.Outcome is { } value ? ((SessionOutcome)value).ToString() : "Running";
            Row(csv, "session", Number(session.Number), Time(session.StartedAt), Time(session.EndedAt), outcome, "", "", "", "", "", "", "");
            foreach (var set in session.Sets.OrderBy(s => s.Step))
            {
                Row(csv, "set", Number(session.Number), "", "", "", Number(set.Step + 1), set.Planned.Exercise.Id.ToString(),
                    set.Planned.Side.ToString(), ((SetOutcome)set.Outcome).ToString(), Time(set.AtIn(session)), "", "");
            }
        }

        foreach (var pain in data.Pain)
        {
            Row(csv, "pain", Number(pain.SessionNumber), "", "", "", "", "", "", "", Time(pain.At),
                pain.LocalDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(pain.Score));
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] cells) => csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
