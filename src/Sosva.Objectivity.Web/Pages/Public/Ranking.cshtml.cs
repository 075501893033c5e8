using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Web.Pages.Public;

/// <summary>
/// The published rankings, without sign-in (docs/design.md#78-publishing-and-who-sees-what): name, total, band and
/// rank only — no inputs, no points per indicator, no comments. A campaign that is not published does not exist here.
/// </summary>
[AllowAnonymous]
public class RankingModel(AppDbContext db) : PageModel
{
    public const int PageSize = 100;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Rank, string School, int Total, string BandCode);

    public IReadOnlyList<int> Years { get; private set; } = [];
    public Methodology? Methodology { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ChartBar> BandBars { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Paging.PageCount(Total, PageSize);

    public async Task OnGetAsync()
    {
        Years = await db.MonitoringCampaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Published)
            .OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync(HttpContext.RequestAborted);
        if (Years.Count == 0) return;
        if (Year is null || !Years.Contains(Year.Value)) Year = Years[0];

        var campaign = await db.MonitoringCampaigns.AsNoTracking().Where(c => c.Year == Year && c.Status == CampaignStatus.Published)
            .Select(c => new { c.Id, c.Methodology!.Definition }).SingleAsync(HttpContext.RequestAborted);
        Methodology = MethodologyJson.Deserialize(campaign.Definition);
        var rows = db.SchoolResults.AsNoTracking().Where(r => r.CampaignId == campaign.Id);
        Total = await rows.CountAsync(HttpContext.RequestAborted);
        PageNumber = Paging.Clamp(PageNumber, Total, PageSize);
        Rows = await rows.OrderBy(r => r.Rank).ThenByName(r => r.School!.ShortName)
            .Skip(Paging.Skip(PageNumber, PageSize)).Take(PageSize)
            .Select(r => new Row(r.Rank, r.School!.ShortName, r.Total, r.BandCode)).ToListAsync(HttpContext.RequestAborted);
        var counts = await rows.GroupBy(r => r.BandCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        BandBars = RankingCharts.BandBars(Methodology, Bands.HighToLow(Methodology).Select(b => (b, counts.GetValueOrDefault(b.Code))));
    }
}
