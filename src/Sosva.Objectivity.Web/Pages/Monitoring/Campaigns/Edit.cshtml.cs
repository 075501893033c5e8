using Microsoft.AspNetCore.Mvc.Rendering;
using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Campaigns;

/// <summary>Changes a campaign's year, deadline and principals' entry; its methodology only while collecting.</summary>
[Authorize(Policy = Policies.Monitoring)]
public class EditModel(AppDbContext db, DisplayFormat format) : PageModel
{
    [BindProperty] public CampaignForm Input { get; set; } = new();
    [BindProperty] public uint Version { get; set; }
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<SelectListItem> Methodologies { get; private set; } = [];
    public MonitoringCampaign Campaign { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (campaign is null) return NotFound();
        Campaign = campaign;
        (Input, Version) = (CampaignForm.From(campaign), campaign.Version);
        Methodologies = await CampaignForm.MethodologyItemsAsync(db);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (campaign is null) return NotFound();
        Campaign = campaign;
        Methodologies = await CampaignForm.MethodologyItemsAsync(db);
        if (campaign.CanChangeMethodology(Input.MethodologyId) is { Succeeded: false, Reason: { } refused })
            ModelState.AddModelError("Input.MethodologyId", refused);
        await Input.ValidateAsync(db, ModelState, format.Now().Year, id);
        if (!ModelState.IsValid) return Page();

        db.Entry(campaign).Property(c => c.Version).OriginalValue = Version;
        Input.Apply(campaign);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Пока вы редактировали, кампанию изменил другой пользователь. Откройте её заново.");
            return Page();
        }
        StatusMessage = "Кампания сохранена.";
        return RedirectToPage("/Monitoring/Campaigns/Details", new { id });
    }
}
