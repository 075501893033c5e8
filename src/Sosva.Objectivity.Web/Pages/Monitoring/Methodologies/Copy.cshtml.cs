using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Pages.Monitoring.Methodologies;

/// <summary>A modified copy of a methodology (new maxima, points, penalty threshold, bands), checked by Methodology.Validate.</summary>
[Authorize(Policy = Policies.Monitoring)]
public class CopyModel(AppDbContext db) : PageModel
{
    [BindProperty] public CopyForm Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public StoredMethodology Source { get; private set; } = null!;
    public Methodology SourceMethodology { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = CopyForm.From(SourceMethodology);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        Methodology copy;
        try
        {
            copy = Input.ApplyTo(SourceMethodology);
        }
        catch (ArgumentException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return Page();
        }
        foreach (var error in copy.Validate())
            ModelState.AddModelError("", error);
        if (await db.Methodologies.AnyAsync(m => m.Name == copy.Name && m.Version == copy.Version, HttpContext.RequestAborted))
            ModelState.AddModelError("Input.Version", $"Методика «{copy.Name}» версии «{copy.Version}» уже есть: укажите другую версию.");
        if (!ModelState.IsValid) return Page();

        var stored = StoredMethodology.From(copy, basedOnId: id);
        db.Methodologies.Add(stored);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        StatusMessage = $"Создана методика «{copy.Name}», версия {copy.Version}. Её можно выбрать в параметрах кампании.";
        return RedirectToPage("/Monitoring/Methodologies/Details", new { id = stored.Id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var source = await db.Methodologies.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted);
        if (source is null) return false;
        (Source, SourceMethodology) = (source, source.ToMethodology());
        return true;
    }
}
