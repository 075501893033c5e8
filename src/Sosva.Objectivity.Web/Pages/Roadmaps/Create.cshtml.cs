using Microsoft.AspNetCore.Mvc.Rendering;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

[Authorize(Policy = Policies.CreateRoadmaps)]
public class CreateModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public RoadmapForm Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        if (User.HasPrincipalRole())
        {
            Input.Level = RoadmapLevel.School;
            Input.SchoolId = Policies.SchoolIdOf(User);
        }
        await ListsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.HasPrincipalRole())
        {
            // A principal creates only their own school's plan, whatever the form says.
            Input.Level = RoadmapLevel.School;
            Input.SchoolId = Policies.SchoolIdOf(User);
        }
        if (Input.Level == RoadmapLevel.School && await SchoolQueries.UnknownSchoolAsync(db, Input.SchoolId) is { } unknown)
            ModelState.AddModelError("Input.SchoolId", unknown);
        if (!ModelState.IsValid)
        {
            await ListsAsync();
            return Page();
        }
        var roadmap = new Roadmap();
        Input.ApplyTo(roadmap);
        if (!(await authorization.AuthorizeAsync(User, new RoadmapResource(roadmap.Level, roadmap.SchoolId, roadmap.Status), RoadmapOperations.Edit)).Succeeded)
            return Forbid();
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        StatusMessage = "Дорожная карта создана. Добавьте разделы и мероприятия.";
        return RedirectToPage("/Roadmaps/Details", new { id = roadmap.Id });
    }

    private async Task ListsAsync() => ViewData["Schools"] = await SchoolItemsAsync(db);

    internal static Task<List<SelectListItem>> SchoolItemsAsync(AppDbContext db) => SchoolQueries.SelectItemsAsync(db);
}
