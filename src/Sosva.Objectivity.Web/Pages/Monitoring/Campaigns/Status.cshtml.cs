using Sosva.Objectivity.Domain.Common;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Scoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Campaigns;

/// <summary>A campaign's status changes (POST only): compute, publish, unpublish, back to collecting.</summary>
[Authorize(Policy = Policies.Monitoring)]
public class StatusModel(AppDbContext db, CampaignComputation computation, TimeProvider clock, ICurrentUser user) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    [TempData] public string? ErrorMessage { get; set; }

    public IActionResult OnGet(int id) => Back(id);

    public async Task<IActionResult> OnPostComputeAsync(int id)
    {
        if (!await db.MonitoringCampaigns.AnyAsync(c => c.Id == id, HttpContext.RequestAborted)) return NotFound();
        var errors = await computation.ComputeAsync(id, HttpContext.RequestAborted);
        if (errors is null)
            StatusMessage = $"Баллы, уровни и рейтинг рассчитаны ({await db.SchoolResults.CountAsync(r => r.CampaignId == id, HttpContext.RequestAborted)} школ).";
        else
            ErrorMessage = string.Join("\n", errors);
        return Back(id);
    }

    public Task<IActionResult> OnPostPublishAsync(int id) => ChangeAsync(id, c => c.Publish(clock.GetUtcNow(), user.Name),
        "Рейтинг опубликован: он виден руководителям ОО и на открытой странице.");

    public Task<IActionResult> OnPostUnpublishAsync(int id) => ChangeAsync(id, c => c.Unpublish(),
        "Рейтинг снят с публикации: открытая страница его больше не показывает, данные снова можно изменять.");

    public Task<IActionResult> OnPostReopenAsync(int id) => ChangeAsync(id, c =>
    {
        var outcome = c.Reopen();
        if (outcome.Succeeded) db.SchoolResults.RemoveRange(db.SchoolResults.Where(r => r.CampaignId == c.Id));
        return outcome;
    }, "Кампания возвращена к сбору данных; рассчитанные баллы удалены.");

    private async Task<IActionResult> ChangeAsync(int id, Func<MonitoringCampaign, TransitionResult> change, string done)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (campaign is null) return NotFound();
        var outcome = change(campaign);
        if (!outcome.Succeeded)
        {
            ErrorMessage = outcome.Reason;
            return Back(id);
        }
        StatusMessage = done;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Back(id);
    }

    private RedirectToPageResult Back(int id) => RedirectToPage("/Monitoring/Campaigns/Details", new { id });
}
