using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring;

/// <summary>
/// One school's raw inputs in a campaign. Methodologists edit every entered indicator; a principal
/// sees their own school's and edits the self-reported ones (P5–P7) while the campaign is open to principals.
/// </summary>
public class InputsModel(AppDbContext db, MonitoringGuard guard, DisplayFormat format) : PageModel
{
    [BindProperty] public List<ValueForm> Values { get; set; } = [];
    [TempData] public string? StatusMessage { get; set; }

    public MonitoringCampaign Campaign { get; private set; } = null!;
    public Methodology Methodology { get; private set; } = null!;
    public string SchoolName { get; private set; } = "";
    public int SchoolId { get; private set; }
    public IReadOnlyDictionary<string, IndicatorValue> Saved { get; private set; } = new Dictionary<string, IndicatorValue>();
    public IReadOnlyList<int> BiasYears { get; private set; } = [];
    public bool CanEditAll { get; private set; }
    public bool CanEditSelfReported { get; private set; }

    /// <summary>What another person saved, by indicator, when this save was refused.</summary>
    public Dictionary<string, IndicatorValue> Theirs { get; } = [];

    public bool Editable(IndicatorDefinition indicator) =>
        indicator.InputKind != IndicatorInputKind.BiasListHistory && Campaign.InputsEditable
        && (CanEditAll || (CanEditSelfReported && indicator.SelfReported));

    public async Task<IActionResult> OnGetAsync(int campaignId, int schoolId)
    {
        var denied = await LoadAsync(campaignId, schoolId);
        if (denied is not null) return denied;
        Values = Methodology.Indicators.Where(Editable).Select(i => ValueForm.From(i.Code, Saved.GetValueOrDefault(i.Code))).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int campaignId, int schoolId)
    {
        var denied = await LoadAsync(campaignId, schoolId);
        if (denied is not null) return denied;
        if (!Campaign.InputsEditable)
        {
            ModelState.AddModelError("", "Кампания опубликована: данные изменить нельзя. Снимите её с публикации, чтобы внести исправления.");
            return Page();
        }

        var tracked = await db.IndicatorValues.Where(v => v.CampaignId == campaignId && v.SchoolId == schoolId).ToDictionaryAsync(v => v.IndicatorCode, HttpContext.RequestAborted);
        for (var n = 0; n < Values.Count; n++)
        {
            var form = Values[n];
            var indicator = Methodology.Indicator(form.Code);
            if (indicator is null || !Editable(indicator)) return Forbid();
            if (!ValueForm.IsWebAddress(form.EvidenceUrl))
                ModelState.AddModelError($"Values[{n}]", $"{indicator.Code}: ссылка на подтверждение должна начинаться с http:// или https://.");
            var value = tracked.GetValueOrDefault(form.Code);
            if (IsBlank(form))
            {
                // Nothing entered: no value yet stays none; clearing every field of a saved value removes it.
                if (value is not null)
                {
                    db.Entry(value).Property(v => v.Version).OriginalValue = form.Version;
                    db.IndicatorValues.Remove(value);
                }
                continue;
            }
            if (value is null)
            {
                value = new IndicatorValue { CampaignId = campaignId, SchoolId = schoolId, IndicatorCode = form.Code };
                db.IndicatorValues.Add(value);
            }
            else
            {
                db.Entry(value).Property(v => v.Version).OriginalValue = form.Version;
            }
            form.ApplyTo(value, indicator);
            foreach (var error in value.Validate(indicator))
                ModelState.AddModelError($"Values[{n}]", $"{indicator.Code}: {error}");
        }
        if (!ModelState.IsValid) return Page();

        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return await ConflictAsync(campaignId, schoolId);
        }
        StatusMessage = $"Данные школы «{SchoolName}» сохранены.";
        return Redirect(CanEditAll ? $"/Monitoring/Campaigns/Details/{campaignId}" : $"/Monitoring/Inputs/{campaignId}/{schoolId}");
    }

    private static bool IsBlank(ValueForm f) =>
        f.OnTime is null && f.WithErrors is null && f.Late is null && f.Confirmed is null && f.NotConfirmed is null
        && string.IsNullOrWhiteSpace(f.Option) && f.Items.Count == 0 && !f.NoneOfThem
        && string.IsNullOrWhiteSpace(f.EvidenceUrl) && string.IsNullOrWhiteSpace(f.Comment);

    private async Task<IActionResult> ConflictAsync(int campaignId, int schoolId)
    {
        db.ChangeTracker.Clear();
        var current = await db.IndicatorValues.AsNoTracking().Where(v => v.CampaignId == campaignId && v.SchoolId == schoolId).ToDictionaryAsync(v => v.IndicatorCode, HttpContext.RequestAborted);
        Saved = current;
        var names = new List<string>();
        foreach (var form in Values)
        {
            var now = current.GetValueOrDefault(form.Code);
            if ((now?.Version ?? 0) == form.Version) continue;
            if (now is not null) Theirs[form.Code] = now;
            names.Add($"{form.Code} — {now?.UpdatedBy ?? "удалено"}{(now is null ? "" : ", " + format.DateTime(now.UpdatedAt))}");
            form.Version = now?.Version ?? 0;
        }
        ModelState.Clear();
        ModelState.AddModelError("", "Пока вы редактировали, эти показатели изменил другой пользователь: " + string.Join("; ", names) +
                                     ". Ничего не сохранено; ваши значения остались в форме, сохранённые показаны рядом. Проверьте и нажмите «Сохранить» ещё раз.");
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int campaignId, int schoolId)
    {
        var access = await guard.CheckAsync(User, campaignId, schoolId, MonitoringOperations.ReadSchool);
        if (access != Access.Allowed) return this.Refuse(access);
        Campaign = await db.MonitoringCampaigns.AsNoTracking().Include(c => c.Methodology).SingleAsync(c => c.Id == campaignId, HttpContext.RequestAborted);
        Methodology = Campaign.Methodology!.ToMethodology();
        SchoolId = schoolId;
        SchoolName = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.ShortName).SingleAsync(HttpContext.RequestAborted);
        Saved = await db.IndicatorValues.AsNoTracking().Where(v => v.CampaignId == campaignId && v.SchoolId == schoolId).ToDictionaryAsync(v => v.IndicatorCode, HttpContext.RequestAborted);
        BiasYears = await db.BiasListEntries.Where(e => e.SchoolId == schoolId).Select(e => e.Year).ToListAsync(HttpContext.RequestAborted);
        CanEditAll = await guard.CheckAsync(User, campaignId, schoolId, MonitoringOperations.EditInputs) == Access.Allowed;
        CanEditSelfReported = await guard.CheckAsync(User, campaignId, schoolId, MonitoringOperations.EditSelfReported) == Access.Allowed;
        return null;
    }
}
