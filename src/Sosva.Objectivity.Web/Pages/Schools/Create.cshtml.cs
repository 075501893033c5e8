using Sosva.Objectivity.Domain.Schools;
using Sosva.Objectivity.Web.Execution;

namespace Sosva.Objectivity.Web.Pages.Schools;

[Authorize(Policy = Policies.Admin)]
public class CreateModel(AppDbContext db, ReportPlanner planner) : PageModel
{
    [BindProperty]
    public SchoolForm Input { get; set; } = new();

    [TempData] public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Input.ValidateUniqueAsync(db, ModelState, nameof(Input), exceptId: null);
        if (!ModelState.IsValid) return Page();

        var school = new School();
        Input.ApplyTo(school);
        db.Schools.Add(school);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await planner.SyncAllAsync(HttpContext.RequestAborted);
        StatusMessage = $"Школа «{school.ShortName}» добавлена.";
        return RedirectToPage("/Schools/Details", new { id = school.Id });
    }
}
