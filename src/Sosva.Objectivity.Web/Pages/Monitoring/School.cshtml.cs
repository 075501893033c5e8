using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Scoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring;

/// <summary>
/// A school's breakdown in a campaign: each indicator's inputs, points and how the rule gave them,
/// the total, band and rank, the history over the years and the addressed recommendations
/// (editable by methodologists). Staff see any school; a principal only their own.
/// </summary>
public class SchoolModel(AppDbContext db, MonitoringGuard guard, DisplayFormat format) : PageModel
{
    public MonitoringCampaign Campaign { get; private set; } = null!;
    public Methodology Methodology { get; private set; } = null!;
    public string SchoolName { get; private set; } = "";
    public int SchoolId { get; private set; }
    public SchoolResult? Result { get; private set; }
    public int Ranked { get; private set; }
    public IReadOnlyDictionary<string, IndicatorValue> Values { get; private set; } = new Dictionary<string, IndicatorValue>();
    public IReadOnlyList<int> BiasYears { get; private set; } = [];
    public IReadOnlyList<SchoolObjectivityHistoryItem> History { get; private set; } = [];
    public IReadOnlyList<(int Id, int Year)> Campaigns { get; private set; } = [];
    public IReadOnlyList<SchoolRecommendation> Recommendations { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanSeeRanking { get; private set; }

    [TempData] public string? StatusMessage { get; set; }

    /// <summary>The recommendation whose save was refused, with what the other person saved.</summary>
    public int? ConflictId { get; private set; }
    public string? ConflictText { get; private set; }

    public async Task<IActionResult> OnGetAsync(int campaignId, int schoolId)
    {
        var denied = await LoadAsync(campaignId, schoolId);
        return denied ?? Page();
    }

    public async Task<IActionResult> OnPostRecommendationAsync(int campaignId, int schoolId, int recommendationId, uint version, string? text)
    {
        var denied = await LoadAsync(campaignId, schoolId);
        if (denied is not null) return denied;
        if (!CanEdit) return Forbid();
        var recommendation = await db.SchoolRecommendations.FirstOrDefaultAsync(r => r.Id == recommendationId && r.CampaignId == campaignId && r.SchoolId == schoolId, HttpContext.RequestAborted);
        if (recommendation is null) return NotFound();
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError("", "Текст рекомендации не может быть пустым.");
            return Page();
        }
        db.Entry(recommendation).Property(r => r.Version).OriginalValue = version;
        recommendation.Text = text.Trim();
        recommendation.IsEdited = true;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var theirs = await db.SchoolRecommendations.AsNoTracking().FirstAsync(r => r.Id == recommendationId, HttpContext.RequestAborted);
            (ConflictId, ConflictText) = (recommendationId, text);
            await LoadAsync(campaignId, schoolId);
            ModelState.AddModelError("", $"Пока вы редактировали, рекомендацию по {theirs.IndicatorCode} изменил пользователь {theirs.UpdatedBy} ({format.DateTime(theirs.UpdatedAt)}). "
                                         + "Ваш текст не сохранён и остался в форме; сохранённый показан в поле ниже.");
            return Page();
        }
        StatusMessage = $"Рекомендация по показателю {recommendation.IndicatorCode} сохранена.";
        return RedirectToPage("/Monitoring/School", null, new { campaignId, schoolId }, "recommendations");
    }

    private async Task<IActionResult?> LoadAsync(int campaignId, int schoolId)
    {
        var access = await guard.CheckAsync(User, campaignId, schoolId, MonitoringOperations.ReadSchool);
        if (access != Access.Allowed) return this.Refuse(access);
        Campaign = await db.MonitoringCampaigns.AsNoTracking().Include(c => c.Methodology).SingleAsync(c => c.Id == campaignId, HttpContext.RequestAborted);
        Methodology = Campaign.Methodology!.ToMethodology();
        SchoolId = schoolId;
        SchoolName = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.ShortName).SingleAsync(HttpContext.RequestAborted);
        Values = await db.IndicatorValues.AsNoTracking().Where(v => v.CampaignId == campaignId && v.SchoolId == schoolId).ToDictionaryAsync(v => v.IndicatorCode, HttpContext.RequestAborted);
        BiasYears = await db.BiasListEntries.Where(e => e.SchoolId == schoolId).Select(e => e.Year).ToListAsync(HttpContext.RequestAborted);
        if (Campaign.Status != CampaignStatus.Collecting)
        {
            Result = await db.SchoolResults.AsNoTracking().FirstOrDefaultAsync(r => r.CampaignId == campaignId && r.SchoolId == schoolId, HttpContext.RequestAborted);
            Ranked = await db.SchoolResults.CountAsync(r => r.CampaignId == campaignId, HttpContext.RequestAborted);
            var order = Methodology.Indicators.Select((i, n) => (i.Code, n)).ToDictionary(x => x.Code, x => x.n);
            Recommendations = [.. (await db.SchoolRecommendations.AsNoTracking().Where(r => r.CampaignId == campaignId && r.SchoolId == schoolId).ToListAsync(HttpContext.RequestAborted))
                .OrderBy(r => order.GetValueOrDefault(r.IndicatorCode, int.MaxValue))];
        }
        History = (await SchoolObjectivityQuery.LoadAsync(db, schoolId, HttpContext.RequestAborted))?.History ?? [];
        Campaigns = (await db.MonitoringCampaigns.AsNoTracking().OrderByDescending(c => c.Year).Select(c => new { c.Id, c.Year }).ToListAsync(HttpContext.RequestAborted))
            .Select(c => (c.Id, c.Year)).ToList();
        CanEdit = await guard.CheckAsync(User, campaignId, schoolId, MonitoringOperations.EditInputs) == Access.Allowed;
        CanSeeRanking = await guard.CheckAsync(User, campaignId, null, MonitoringOperations.ReadRanking) == Access.Allowed;
        return null;
    }
}
