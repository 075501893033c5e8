using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring;

/// <summary>The methodologist's templates of addressed recommendations, one per indicator code.</summary>
[Authorize(Policy = Policies.Monitoring)]
public class TemplatesModel(AppDbContext db) : PageModel
{
    public sealed record Line(string Code, string Title, string Text, bool IsDefault, uint Version);

    public IReadOnlyList<Line> Lines { get; private set; } = [];
    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string code, string? text, uint version)
    {
        await LoadAsync();
        if (Lines.All(l => l.Code != code)) return NotFound();
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError("", $"{code}: текст шаблона не может быть пустым.");
            return Page();
        }
        var template = await db.RecommendationTemplates.FirstOrDefaultAsync(t => t.IndicatorCode == code, HttpContext.RequestAborted);
        if (template is null)
        {
            db.RecommendationTemplates.Add(new RecommendationTemplate { IndicatorCode = code, Text = text.Trim() });
        }
        else
        {
            db.Entry(template).Property(t => t.Version).OriginalValue = version;
            template.Text = text.Trim();
        }
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync();
            ModelState.AddModelError("", $"{code}: шаблон изменил другой пользователь; сохранённый текст показан ниже, ваш не сохранён.");
            return Page();
        }
        StatusMessage = $"Шаблон рекомендации по {code} сохранён. Он применяется при следующем расчёте кампании (отредактированные вручную рекомендации школ не меняются).";
        return RedirectToPage("/Monitoring/Templates");
    }

    private async Task LoadAsync()
    {
        // Qualified: inside Pages.Monitoring, «Methodologies» is the folder of the methodology pages (/Monitoring/Methodologies).
        var preset = Domain.Monitoring.Methodologies.KazachinskoLensky2023;
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stored in await db.Methodologies.AsNoTracking().Select(m => m.Definition).ToListAsync(HttpContext.RequestAborted))
            foreach (var i in MethodologyJson.Deserialize(stored).Indicators) titles.TryAdd(i.Code, i.Title);
        foreach (var i in preset.Indicators) titles.TryAdd(i.Code, i.Title);
        var saved = await db.RecommendationTemplates.AsNoTracking().ToDictionaryAsync(t => t.IndicatorCode, HttpContext.RequestAborted);
        Lines = titles.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => saved.TryGetValue(t.Key, out var s)
            ? new Line(t.Key, t.Value, s.Text, false, s.Version)
            : new Line(t.Key, t.Value, RecommendationText.Default(t.Key), true, 0)).ToList();
    }
}
