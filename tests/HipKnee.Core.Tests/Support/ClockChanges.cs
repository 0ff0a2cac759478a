namespace HipKnee.Core.Tests.Support;

/// <summary>
/// Every clock change of 2026–2028 in Europe/Berlin, America/New_York and Australia/Lord_Howe, as UTC instants
/// (found by scanning TimeZoneInfo.GetUtcOffset; Kathmandu, Kiritimati and UTC have none).
/// </summary>
internal static class ClockChanges
{
    public static readonly DateTimeOffset[] All = new[]
    {
        "2026-03-29T01:00Z", "2026-10-25T01:00Z", "2027-03-28T01:00Z", "2027-10-31T01:00Z", "2028-03-26T01:00Z", "2028-10-29T01:00Z",
        "2026-03-08T07:00Z", "2026-11-01T06:00Z", "2027-03-14T07:00Z", "2027-11-07T06:00Z", "2028-03-12T07:00Z", "2028-11-05T06:00Z",
        "2026-04-04T15:00Z", "2026-10-03T15:30Z", "2027-04-03T15:00Z", "2027-10-02T15:30Z", "2028-04-01T15:00Z", "2028-09-30T15:30Z",
    }.Select(text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static readonly string[] Zones =
        ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Kiritimati", "UTC"];
}
