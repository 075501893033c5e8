using Sosva.Objectivity.Web.Scoring;
namespace Sosva.Objectivity.Web.Pages.Monitoring.Methodologies;

public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Version, bool IsPreset, DateTimeOffset CreatedAt, string? CreatedBy, int Campaigns);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await MethodologyStore.EnsurePresetAsync(db, HttpContext.RequestAborted);
        Rows = await db.Methodologies.AsNoTracking().OrderByDescending(m => m.IsPreset).ThenBy(m => m.Name).ThenBy(m => m.Version)
            .Select(m => new Row(m.Id, m.Name, m.Version, m.IsPreset, m.CreatedAt, m.CreatedBy, db.MonitoringCampaigns.Count(c => c.MethodologyId == m.Id)))
            .ToListAsync(HttpContext.RequestAborted);
    }
}
