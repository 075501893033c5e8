using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Scoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring;

/// <summary>
/// A computed campaign's ranking: total, band, rank, points per indicator, change since the previous
/// campaign; filters, sorting, pages; charts; Excel and PDF of what is shown. Staff see it once
/// computed; principals once published (MonitoringAccessHandler).
/// </summary>
public class RankingModel(AppDbContext db, MonitoringGuard guard, DisplayFormat format) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Band { get; set; }
    [BindProperty(SupportsGet = true)] public bool Rural { get; set; }
    [BindProperty(SupportsGet = true)] public bool Small { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public RankingCampaign Campaign { get; private set; } = null!;
    public IReadOnlyList<RankingRow> Rows { get; private set; } = [];
    public IReadOnlyList<ChartBar> BandBars { get; private set; } = [];
    public IReadOnlyList<ChartBar> TotalBins { get; private set; } = [];
    public int Total { get; private set; }
    public int Ranked { get; private set; }
    public int? OwnSchoolId { get; private set; }
    public bool IsStaff { get; private set; }
    public int PageCount => Paging.PageCount(Total, PageSize);

    private RankingFilter Filter => new(Band, Rural, Small, Sort);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var denied = await LoadAsync(id);
        if (denied is not null) return denied;
        if (Campaign.Status == CampaignStatus.Collecting) return Page();

        var query = RankingQuery.Rows(db, Campaign, Filter);
        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Paging.Clamp(PageNumber, Total, PageSize);
        Rows = await query.Skip(Paging.Skip(PageNumber, PageSize)).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        var counts = await RankingQuery.BandCountsAsync(db, Campaign, HttpContext.RequestAborted);
        Ranked = counts.Sum(c => c.Count);
        BandBars = RankingCharts.BandBars(Campaign.Methodology, counts);
        TotalBins = RankingCharts.TotalBins(Campaign.Methodology, await RankingQuery.TotalsAsync(db, Campaign.Id, HttpContext.RequestAborted));
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(int id)
    {
        var export = await ExportAsync(id);
        if (export.Result is not null) return export.Result;
        return this.ExportFile(ExportFormat.Excel, export.Data!.FileTitle, stream => RankingExcelExport.Write(export.Data!, stream));
    }

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        var export = await ExportAsync(id);
        if (export.Result is not null) return export.Result;
        return this.ExportFile(ExportFormat.Pdf, export.Data!.FileTitle, stream => RankingPdfExport.Write(export.Data!, stream, format.Today()));
    }

    private async Task<(IActionResult? Result, RankingExport? Data)> ExportAsync(int id)
    {
        var denied = await LoadAsync(id);
        if (denied is not null) return (denied, null);
        if (Campaign.Status == CampaignStatus.Collecting) return (NotFound(), null);
        var rows = await RankingQuery.Rows(db, Campaign, Filter).ToListAsync(HttpContext.RequestAborted);
        var bands = RankingCharts.BandBars(Campaign.Methodology, await RankingQuery.BandCountsAsync(db, Campaign, HttpContext.RequestAborted));
        return (null, new RankingExport(Campaign.Year, Campaign.Methodology, Campaign.Status == CampaignStatus.Published,
            Campaign.PreviousYear, rows, bands, FilterNote()));
    }

    /// <summary>The filters in words, for the exports' subtitle; null when everything is shown.</summary>
    public string? FilterNote()
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Band)) parts.Add("уровень «" + Bands.Name(Campaign.Methodology, Band) + "»");
        if (Rural) parts.Add("сельские");
        if (Small) parts.Add("малокомплектные");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var access = await guard.CheckAsync(User, id, null, MonitoringOperations.ReadRanking);
        if (access != Access.Allowed) return this.Refuse(access);
        Campaign = (await RankingQuery.CampaignAsync(db, id, HttpContext.RequestAborted))!;
        IsStaff = User.IsStaff();
        OwnSchoolId = Policies.SchoolIdOf(User);
        return null;
    }

    public string Link(string? sort = null, int? page = null, string? band = null, string format = "") =>
        Url.Page("/Monitoring/Ranking", string.IsNullOrEmpty(format) ? null : format, new
        {
            id = Campaign.Id, band = band ?? Band, rural = Rural ? "true" : null, small = Small ? "true" : null, sort = sort ?? Sort, p = page ?? PageNumber,
        })!;

    public string SortLink(string key) => Link(sort: Sort == key ? "-" + key : key, page: 1);

    public string SortMark(string key) => Sort == key || (key == "rank" && string.IsNullOrEmpty(Sort)) ? " ▲" : Sort == "-" + key ? " ▼" : "";
}
