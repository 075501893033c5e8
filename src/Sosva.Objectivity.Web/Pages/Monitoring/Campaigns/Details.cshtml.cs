using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Campaigns;

/// <summary>A campaign's data-entry grid (schools × indicators, raw inputs) and its status actions.</summary>
public class DetailsModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool Incomplete { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [TempData] public string? StatusMessage { get; set; }
    [TempData] public string? ErrorMessage { get; set; }

    public MonitoringCampaign Campaign { get; private set; } = null!;
    public Methodology Methodology { get; private set; } = null!;
    public IReadOnlyList<IndicatorDefinition> Entered { get; private set; } = [];

    public sealed record Row(int SchoolId, string School, IReadOnlyDictionary<string, IndicatorValue> Values, IReadOnlyList<int> BiasYears);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Schools { get; private set; }
    public int CompleteSchools { get; private set; }
    public bool ChangedSinceComputed { get; private set; }
    public int PageCount => Paging.PageCount(Total, PageSize);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().Include(c => c.Methodology).FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (campaign is null) return NotFound();
        Campaign = campaign;
        Methodology = campaign.Methodology!.ToMethodology();
        Entered = Methodology.Indicators.Where(i => i.InputKind != IndicatorInputKind.BiasListHistory).ToList();
        var needed = Entered.Count;

        // A school is complete when every entered indicator has a value; the value's own completeness is checked per cell.
        var counts = await db.IndicatorValues.AsNoTracking().Where(v => v.CampaignId == id)
            .GroupBy(v => v.SchoolId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        var schools = db.Schools.AsNoTracking().Where(s => s.IsActive);
        Schools = await schools.CountAsync(HttpContext.RequestAborted);
        CompleteSchools = counts.Count(c => c.Value >= needed);
        if (!string.IsNullOrWhiteSpace(Q))
            schools = schools.Where(s => EF.Functions.ILike(s.ShortName, Like.Containing(Q), Like.Escape));
        if (Incomplete)
        {
            var complete = counts.Where(c => c.Value >= needed).Select(c => c.Key).ToList();
            schools = schools.Where(s => !complete.Contains(s.Id));
        }
        Total = await schools.CountAsync(HttpContext.RequestAborted);
        PageNumber = Paging.Clamp(PageNumber, Total, PageSize);
        var page = await schools.OrderByName().Skip(Paging.Skip(PageNumber, PageSize)).Take(PageSize)
            .Select(s => new { s.Id, s.ShortName }).ToListAsync(HttpContext.RequestAborted);
        var ids = page.Select(s => s.Id).ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => v.CampaignId == id && ids.Contains(v.SchoolId)).ToListAsync(HttpContext.RequestAborted))
            .ToLookup(v => v.SchoolId);
        var bias = (await db.BiasListEntries.AsNoTracking().Where(e => ids.Contains(e.SchoolId)).Select(e => new { e.SchoolId, e.Year }).ToListAsync(HttpContext.RequestAborted))
            .ToLookup(e => e.SchoolId, e => e.Year);
        Rows = page.Select(s => new Row(s.Id, s.ShortName, values[s.Id].ToDictionary(v => v.IndicatorCode), bias[s.Id].ToList())).ToList();

        ChangedSinceComputed = campaign.ComputedAt is { } computed && campaign.Status != CampaignStatus.Collecting
            && await db.IndicatorValues.AnyAsync(v => v.CampaignId == id && v.UpdatedAt > computed, HttpContext.RequestAborted);
        return Page();
    }

    public string Link(int? page = null, bool? incomplete = null) =>
        Url.Page("/Monitoring/Campaigns/Details", new { id = Campaign.Id, q = Q, incomplete = (incomplete ?? Incomplete) ? "true" : null, p = page ?? PageNumber })!;
}
