using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>One line of a campaign's ranking, with the school's total in the previous computed campaign.</summary>
public sealed record RankingRow(int SchoolId, string School, bool IsRural, bool IsSmall, int[] Points, int Total, string BandCode, int Rank, int? PreviousTotal)
{
    public int? Change => PreviousTotal is { } previous ? Total - previous : null;
}

/// <summary>Filters and order of the ranking page (and of its exports, which list what the page shows).</summary>
public sealed record RankingFilter(string? Band = null, bool Rural = false, bool Small = false, string? Sort = null);

/// <summary>The campaign a ranking belongs to, with its methodology parsed.</summary>
public sealed record RankingCampaign(int Id, int Year, CampaignStatus Status, Methodology Methodology, int? PreviousCampaignId, int? PreviousYear, DateTimeOffset? ComputedAt);

/// <summary>Reads a computed campaign's ranking: rows (filtered, sorted, paged), band counts and totals for the charts.</summary>
public static class RankingQuery
{
    public static async Task<RankingCampaign?> CampaignAsync(AppDbContext db, int campaignId, CancellationToken ct = default)
    {
        var c = await db.MonitoringCampaigns.AsNoTracking().Where(x => x.Id == campaignId)
            .Select(x => new { x.Id, x.Year, x.Status, x.Methodology!.Definition, x.ComputedAt }).FirstOrDefaultAsync(ct);
        if (c is null) return null;
        var previous = await db.MonitoringCampaigns.AsNoTracking()
            .Where(x => x.Year < c.Year && x.Status != CampaignStatus.Collecting)
            .OrderByDescending(x => x.Year).Select(x => new { x.Id, x.Year }).FirstOrDefaultAsync(ct);
        return new RankingCampaign(c.Id, c.Year, c.Status, MethodologyJson.Deserialize(c.Definition), previous?.Id, previous?.Year, c.ComputedAt);
    }

    public static IQueryable<RankingRow> Rows(AppDbContext db, RankingCampaign campaign, RankingFilter filter)
    {
        var previousId = campaign.PreviousCampaignId ?? 0;
        var results = db.SchoolResults.AsNoTracking().Where(r => r.CampaignId == campaign.Id);
        if (!string.IsNullOrEmpty(filter.Band)) results = results.Where(r => r.BandCode == filter.Band);
        if (filter.Rural) results = results.Where(r => r.School!.IsRural);
        if (filter.Small) results = results.Where(r => r.School!.IsSmall);

        var joined =
            from r in results
            join p in db.SchoolResults.Where(p => p.CampaignId == previousId) on r.SchoolId equals p.SchoolId into previous
            from p in previous.DefaultIfEmpty()
            select new { r.SchoolId, Name = r.School!.ShortName, r.School.IsRural, r.School.IsSmall, r.Points, r.Total, r.BandCode, r.Rank, Previous = p == null ? (int?)null : p.Total };

        // Ordered before the projection to a record, which SQL cannot sort by. Ties in rank are listed
        // by name (docs/design.md#73-bands-and-ranking), in the portal's name order (SchoolQueries.OrderByName).
        var ordered = filter.Sort switch
        {
            "name" => joined.OrderByName(r => r.Name),
            "-name" => joined.OrderByNameDescending(r => r.Name),
            "-rank" => joined.OrderByDescending(r => r.Rank).ThenByName(r => r.Name),
            "change" => joined.OrderBy(r => r.Previous == null).ThenBy(r => r.Total - r.Previous).ThenBy(r => r.Rank),
            "-change" => joined.OrderBy(r => r.Previous == null).ThenByDescending(r => r.Total - r.Previous).ThenBy(r => r.Rank),
            _ => joined.OrderBy(r => r.Rank).ThenByName(r => r.Name),
        };
        return ordered.Select(r => new RankingRow(r.SchoolId, r.Name, r.IsRural, r.IsSmall, r.Points, r.Total, r.BandCode, r.Rank, r.Previous));
    }

    /// <summary>Schools per band, every band of the methodology listed (from the highest), zero included.</summary>
    public static async Task<IReadOnlyList<(BandDefinition Band, int Count)>> BandCountsAsync(AppDbContext db, RankingCampaign campaign, CancellationToken ct = default)
    {
        var counts = await db.SchoolResults.AsNoTracking().Where(r => r.CampaignId == campaign.Id)
            .GroupBy(r => r.BandCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. Bands.HighToLow(campaign.Methodology).Select(b => (b, counts.GetValueOrDefault(b.Code)))];
    }

    /// <summary>How many schools have each total.</summary>
    public static async Task<IReadOnlyList<(int Total, int Count)>> TotalsAsync(AppDbContext db, int campaignId, CancellationToken ct = default) =>
        (await db.SchoolResults.AsNoTracking().Where(r => r.CampaignId == campaignId)
            .GroupBy(r => r.Total).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToListAsync(ct))
        .Select(g => (g.Key, g.Count)).ToList();
}
