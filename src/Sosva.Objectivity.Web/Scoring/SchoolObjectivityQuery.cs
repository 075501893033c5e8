using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>One indicator of a school's score.</summary>
public sealed record SchoolIndicatorLine(string Code, string Title, int Points, int Maximum);

/// <summary>A school's total in one computed campaign.</summary>
public sealed record SchoolObjectivityHistoryItem(int Year, int Total, string BandCode, string BandName);

/// <summary>
/// The objectivity section of a school's report (docs/design.md#9-exports): the latest computed campaign the school
/// was scored in. Data only; the school report lays it out.
/// </summary>
public sealed record SchoolObjectivitySummary(
    int CampaignId,
    int Year,
    bool IsPublished,
    string MethodologyName,
    string MethodologyVersion,
    IReadOnlyList<SchoolIndicatorLine> Indicators,
    int Total,
    int TotalMaximum,
    string BandCode,
    string BandName,
    int Rank,
    int RankedSchools,
    IReadOnlyList<SchoolObjectivityHistoryItem> History,
    IReadOnlyList<string> Recommendations);

public static class SchoolObjectivityQuery
{
    /// <summary>The school's latest computed (or published) campaign, or null when it has never been scored.</summary>
    public static async Task<SchoolObjectivitySummary?> LoadAsync(AppDbContext db, int schoolId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var results = await db.SchoolResults.AsNoTracking()
            .Where(r => r.SchoolId == schoolId && r.Campaign!.Status != CampaignStatus.Collecting)
            .OrderByDescending(r => r.Campaign!.Year)
            .Select(r => new { r.CampaignId, r.Campaign!.Year, r.Campaign.Status, r.Campaign.Methodology!.Definition, r.Points, r.Total, r.BandCode, r.Rank })
            .ToListAsync(ct);
        if (results.Count == 0) return null;

        var latest = results[0];
        var methodologies = results.Select(r => r.Definition).Distinct().ToDictionary(d => d, MethodologyJson.Deserialize);
        var methodology = methodologies[latest.Definition];
        var ranked = await db.SchoolResults.CountAsync(r => r.CampaignId == latest.CampaignId, ct);
        var order = methodology.Indicators.Select((indicator, i) => (indicator.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var recommendations = (await db.SchoolRecommendations.AsNoTracking()
                .Where(r => r.CampaignId == latest.CampaignId && r.SchoolId == schoolId)
                .Select(r => new { r.IndicatorCode, r.Text }).ToListAsync(ct))
            .OrderBy(r => order.GetValueOrDefault(r.IndicatorCode, int.MaxValue)).Select(r => r.Text).ToList();

        return new SchoolObjectivitySummary(
            latest.CampaignId,
            latest.Year,
            latest.Status == CampaignStatus.Published,
            methodology.Name,
            methodology.Version,
            [.. methodology.Indicators.Select((indicator, i) => new SchoolIndicatorLine(
                indicator.Code, indicator.Title, i < latest.Points.Length ? latest.Points[i] : 0, indicator.Maximum))],
            latest.Total,
            methodology.TotalMaximum,
            latest.BandCode,
            Bands.Name(methodology, latest.BandCode),
            latest.Rank,
            ranked,
            [.. results.OrderBy(r => r.Year).Select(r => new SchoolObjectivityHistoryItem(
                r.Year, r.Total, r.BandCode, Bands.Name(methodologies[r.Definition], r.BandCode)))],
            recommendations);
    }
}
