using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>
/// How bands look: the highest band green, the lowest red, those between amber — whatever their codes
/// in a modified methodology. One palette for the pages (CSS classes), the SVG charts and the PDF.
/// </summary>
public static class Bands
{
    public static IReadOnlyList<BandDefinition> HighToLow(Methodology methodology) =>
        [.. methodology.Bands.OrderByDescending(b => b.MinimumTotal ?? long.MinValue)];

    /// <summary>«high», «middle» or «low»: the tone of a band, for CSS classes («band-high»…).</summary>
    public static string Tone(Methodology methodology, string bandCode)
    {
        var bands = HighToLow(methodology);
        var index = bands.ToList().FindIndex(b => b.Code == bandCode);
        return index == 0 ? "high" : index == bands.Count - 1 ? "low" : "middle";
    }

    public static string Hex(string tone) => tone switch
    {
        "high" => "#198754",
        "low" => "#dc3545",
        _ => "#d39e00",
    };

    public static string Name(Methodology methodology, string bandCode) =>
        methodology.Bands.FirstOrDefault(b => b.Code == bandCode)?.Name ?? bandCode;

    /// <summary>«40–50», «30–39», «ниже 30» for the legend.</summary>
    public static string Range(Methodology methodology, BandDefinition band)
    {
        var bands = HighToLow(methodology);
        var index = bands.ToList().IndexOf(band);
        var upper = index <= 0 ? methodology.TotalMaximum : (bands[index - 1].MinimumTotal ?? 0) - 1;
        return band.MinimumTotal is { } min ? $"{min}–{upper}" : $"ниже {upper + 1}";
    }
}
