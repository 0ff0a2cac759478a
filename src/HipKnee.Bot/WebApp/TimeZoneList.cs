using System.Globalization;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Bot.WebApp;

/// <summary>The body of <c>GET /app/api/timezones</c>: every zone /timezone accepts, with its offset now, for the page's search.</summary>
public static class TimeZoneList
{
    private static readonly Lazy<IReadOnlyList<string>> Ids = new(() => TimeZoneInfo.GetSystemTimeZones()
        .Select(zone => zone.Id)
        .Append("UTC")
        .Where(id => ScheduleParser.Zone(id) == id)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList());

    public static object For(WebAppUser caller, DateTimeOffset now)
    {
        var texts = CoachTexts.For(Languages.FromTelegram(caller.LanguageCode));
        return new
        {
            zones = Ids.Value.Select(id => new { id, label = $"{texts.ZoneLabel(id)} (UTC{Offset(id, now)})" }),
        };
    }

    private static string Offset(string id, DateTimeOffset now)
    {
        var offset = TrainingCalendar.ZoneOrUtc(id).GetUtcOffset(now);
        return (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }
}
