using System.Globalization;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// Dates as Russian users read them (dd.MM.yyyy) in the municipality's time zone
/// (configuration «Portal:TimeZone», Asia/Yekaterinburg by default).
/// </summary>
public sealed class DisplayFormat(IConfiguration config, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = FindZone(config["Portal:TimeZone"]);

    /// <summary>The municipality's local time now (for «today» in exports and due dates).</summary>
    public DateTime Now() => Local(clock.GetUtcNow());

    /// <summary>
    /// «Today» everywhere in the portal: the municipality's calendar day (due dates, overdue, exports' dates). The one
    /// definition (docs/design.md#63-overdue-and-due-soon); never the server's or UTC's day.
    /// </summary>
    public DateOnly Today() => LocalDate(clock.GetUtcNow());

    /// <summary>Who did something, as pages and exports show it: the user name, or «система» for seeding, the
    /// command line and the daily jobs (<see cref="Data.HttpCurrentUser.System"/>).</summary>
    public static string Who(string? userName) =>
        string.IsNullOrEmpty(userName) || userName == Data.HttpCurrentUser.System ? "система" : userName;

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>A long title cut to fit a breadcrumb or a tab (the full text stays in the page).</summary>
    public static string Clip(string? text, int max = 60) =>
        text is null ? "" : text.Length <= max ? text : string.Concat(text.AsSpan(0, max).TrimEnd(), "…");

    /// <summary>The municipality's calendar day of a moment (a report's submission date in an export).</summary>
    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(Local(moment));

    /// <summary>A moment as the municipality's wall-clock time (a date cell of an export).</summary>
    public DateTime Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone).DateTime;

    /// <summary>
    /// The earliest and latest dates a date filter means: nothing in the portal is older or newer, and beyond them a
    /// day's start in UTC does not exist (0001-01-01 east of Greenwich, the day after 9999-12-31), which was a 500.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <inheritdoc cref="EarliestDate"/>
    public static readonly DateOnly LatestDate = new(2999, 12, 31);

    /// <summary>A date from a filter within <see cref="EarliestDate"/> … <see cref="LatestDate"/>.</summary>
    public static DateOnly WithinRange(DateOnly date) =>
        date < EarliestDate ? EarliestDate : date > LatestDate ? LatestDate : date;

    /// <summary>
    /// The moment the municipality's calendar day begins, in UTC (filters by date; Npgsql takes only UTC); a date
    /// out of <see cref="EarliestDate"/> … <see cref="LatestDate"/> is taken as the nearer of them.
    /// </summary>
    public DateTimeOffset StartOfDay(DateOnly date) => Midnight(WithinRange(date));

    /// <summary>The moment the day after <paramref name="date"/> begins, in UTC: the end of a filter «to <paramref name="date"/>».</summary>
    public DateTimeOffset StartOfNextDay(DateOnly date) => Midnight(WithinRange(date).AddDays(1));

    private DateTimeOffset Midnight(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    public string DateTime(DateTimeOffset? moment) =>
        moment is { } m ? TimeZoneInfo.ConvertTime(m, _zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    private static TimeZoneInfo FindZone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "Asia/Yekaterinburg" : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
