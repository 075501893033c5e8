using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Monitoring;
using Sosva.Objectivity.Web.Security;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Campaigns;

/// <summary>A campaign's status changes (POST only): compute, publish, unpublish, back to collecting.</summary>
[Authorize(Policy = Policies.Monitoring)]
public class StatusModel(AppDbContext db, CampaignComputation computation, TimeProvider clock, ICurrentUser user) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    [TempData] public string? ErrorMessage { get; set; }

    public IActionResult OnGet(int id) => Redirect($"/Monitoring/Campaigns/Details/{id}");

    public async Task<IActionResult> OnPostComputeAsync(int id)
    {
        if (!await db.MonitoringCampaigns.AnyAsync(c => c.Id == id)) return NotFound();
        var errors = await computation.ComputeAsync(id);
        if (errors is null)
            StatusMessage = $"Баллы, уровни и рейтинг рассчитаны ({await db.SchoolResults.CountAsync(r => r.CampaignId == id)} школ).";
        else
            ErrorMessage = string.Join("\n", errors);
        return Back(id);
    }

    public Task<IActionResult> OnPostPublishAsync(int id) => ChangeAsync(id, CampaignStatus.Computed, c =>
    {
        c.Status = CampaignStatus.Published;
        c.PublishedAt = clock.GetUtcNow();
        c.PublishedBy = user.Name;
        return "Рейтинг опубликован: он виден руководителям ОО и на открытой странице.";
    }, "Опубликовать можно только рассчитанную кампанию.");

    public Task<IActionResult> OnPostUnpublishAsync(int id) => ChangeAsync(id, CampaignStatus.Published, c =>
    {
        c.Status = CampaignStatus.Computed;
        return "Рейтинг снят с публикации: открытая страница его больше не показывает, данные снова можно изменять.";
    }, "Кампания не опубликована.");

    public Task<IActionResult> OnPostReopenAsync(int id) => ChangeAsync(id, CampaignStatus.Computed, c =>
    {
        c.Status = CampaignStatus.Collecting;
        c.ComputedAt = null;
        c.ComputedBy = null;
        db.SchoolResults.RemoveRange(db.SchoolResults.Where(r => r.CampaignId == c.Id));
        return "Кампания возвращена к сбору данных; рассчитанные баллы удалены.";
    }, "Вернуть к сбору данных можно только рассчитанную, неопубликованную кампанию.");

    private async Task<IActionResult> ChangeAsync(int id, CampaignStatus from, Func<MonitoringCampaign, string> change, string refusal)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id);
        if (campaign is null) return NotFound();
        if (campaign.Status != from)
        {
            ErrorMessage = refusal;
            return Back(id);
        }
        StatusMessage = change(campaign);
        await db.SaveChangesAsync();
        return Back(id);
    }

    private RedirectResult Back(int id) => Redirect($"/Monitoring/Campaigns/Details/{id}");
}
