namespace Sosva.Objectivity.Web.Pages.Monitoring;

/// <summary>A principal's entry to monitoring: the own school in the latest campaign.</summary>
public class MineModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (Policies.SchoolIdOf(User) is not { } schoolId) return RedirectToPage("/Monitoring/Index");
        var latest = await db.MonitoringCampaigns.OrderByDescending(c => c.Year).Select(c => (int?)c.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return latest is { } id ? RedirectToPage("/Monitoring/School", new { campaignId = id, schoolId }) : Page();
    }
}
