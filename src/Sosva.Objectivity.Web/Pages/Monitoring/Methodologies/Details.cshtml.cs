using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Methodologies;

/// <summary>Every indicator with its rule in plain Russian and our reading of the ambiguous places; the bands.</summary>
public class DetailsModel(AppDbContext db) : PageModel
{
    public StoredMethodology Stored { get; private set; } = null!;
    public Methodology Methodology { get; private set; } = null!;
    public string? BasedOn { get; private set; }
    public IReadOnlyList<(int Id, int Year)> Campaigns { get; private set; } = [];

    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var stored = await db.Methodologies.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted);
        if (stored is null) return NotFound();
        Stored = stored;
        Methodology = stored.ToMethodology();
        BasedOn = stored.BasedOnId is { } b ? await db.Methodologies.Where(m => m.Id == b).Select(m => m.Name + ", версия " + m.Version).FirstOrDefaultAsync(HttpContext.RequestAborted) : null;
        Campaigns = (await db.MonitoringCampaigns.Where(c => c.MethodologyId == id).OrderByDescending(c => c.Year).Select(c => new { c.Id, c.Year }).ToListAsync(HttpContext.RequestAborted))
            .Select(c => (c.Id, c.Year)).ToList();
        return Page();
    }
}
