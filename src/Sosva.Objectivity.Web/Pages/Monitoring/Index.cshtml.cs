using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring;

/// <summary>Monitoring campaigns by year, newest first, with how far data entry has come.</summary>
[Authorize(Policy = Policies.Staff)]
public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, int Year, CampaignStatus Status, string Methodology, string MethodologyVersion,
        DateOnly? Deadline, bool AllowPrincipalEntry, int Values, int Results);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Schools { get; private set; }
    public int BiasListYears { get; private set; }

    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        Rows = await db.MonitoringCampaigns.AsNoTracking().OrderByDescending(c => c.Year)
            .Select(c => new Row(c.Id, c.Year, c.Status, c.Methodology!.Name, c.Methodology.Version, c.DataEntryDeadline, c.AllowPrincipalEntry,
                db.IndicatorValues.Count(v => v.CampaignId == c.Id), db.SchoolResults.Count(r => r.CampaignId == c.Id)))
            .ToListAsync(HttpContext.RequestAborted);
        Schools = await db.Schools.CountAsync(s => s.IsActive, HttpContext.RequestAborted);
        BiasListYears = await db.BiasListEntries.Select(e => e.Year).Distinct().CountAsync(HttpContext.RequestAborted);
    }
}
