using Microsoft.AspNetCore.Mvc.Rendering;
using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Campaigns;

[Authorize(Policy = Policies.Monitoring)]
public class CreateModel(AppDbContext db, DisplayFormat format) : PageModel
{
    [BindProperty] public CampaignForm Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<SelectListItem> Methodologies { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Methodologies = await CampaignForm.MethodologyItemsAsync(db);
        var today = format.Now();
        // ВПР run in spring: until September the campaign is about this year, afterwards still this year.
        Input.Year = today.Year;
        Input.MethodologyId = Methodologies.Count > 0 && int.TryParse(Methodologies[0].Value, out var id) ? id : null;
        Input.DataEntryDeadline = new DateOnly(today.Year, 6, 30);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Methodologies = await CampaignForm.MethodologyItemsAsync(db);
        await Input.ValidateAsync(db, ModelState, format.Now().Year, null);
        if (!ModelState.IsValid) return Page();
        var campaign = new MonitoringCampaign();
        Input.Apply(campaign);
        db.MonitoringCampaigns.Add(campaign);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        StatusMessage = $"Кампания {campaign.Year} года создана. Внесите данные вручную или загрузите заполненный шаблон.";
        return RedirectToPage("/Monitoring/Campaigns/Details", new { id = campaign.Id });
    }
}
