using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sosva.Objectivity.Domain.Schools;
using Sosva.Objectivity.Web.Data;

namespace Sosva.Objectivity.Web.Pages.Schools;

public class CreateModel(AppDbContext db) : PageModel
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
        await db.SaveChangesAsync();
        StatusMessage = $"Школа «{school.ShortName}» добавлена.";
        return RedirectToPage("/Schools/Details", new { id = school.Id });
    }
}
