using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>The roadmap's header. Saved over a newer version only knowingly (optimistic concurrency).</summary>
public class EditModel(AppDbContext db, RoadmapGuard guard, IAuthorizationService authorization, DisplayFormat format) : PageModel
{
    [BindProperty] public RoadmapForm Input { get; set; } = new();
    [BindProperty] public uint Version { get; set; }
    [TempData] public string? StatusMessage { get; set; }
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var access = await guard.CheckRoadmapAsync(User, id, RoadmapOperations.Edit);
        if (access != Access.Allowed) return this.Refuse(access);
        var roadmap = await db.Roadmaps.AsNoTracking().SingleAsync(r => r.Id == id, HttpContext.RequestAborted);
        (Id, Version, Input) = (id, roadmap.Version, RoadmapForm.From(roadmap));
        ViewData["Schools"] = await CreateModel.SchoolItemsAsync(db);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var access = await guard.CheckRoadmapAsync(User, id, RoadmapOperations.Edit);
        if (access != Access.Allowed) return this.Refuse(access);
        Id = id;
        ViewData["Schools"] = await CreateModel.SchoolItemsAsync(db);
        if (Input.Level == RoadmapLevel.School && await SchoolQueries.UnknownSchoolAsync(db, Input.SchoolId) is { } unknown)
            ModelState.AddModelError("Input.SchoolId", unknown);
        if (!ModelState.IsValid) return Page();

        var roadmap = await db.Roadmaps.SingleAsync(r => r.Id == id, HttpContext.RequestAborted);
        db.Entry(roadmap).Property(r => r.Version).OriginalValue = Version;
        Input.ApplyTo(roadmap);
        // The new level/school must be one the user may edit too (a principal cannot move a plan to another school).
        if (!(await authorization.AuthorizeAsync(User, new RoadmapResource(roadmap.Level, roadmap.SchoolId, roadmap.Status), RoadmapOperations.Edit)).Succeeded)
            return Forbid();
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var theirs = await e.Entries.Single().GetDatabaseValuesAsync(HttpContext.RequestAborted);
            ModelState.AddModelError("", theirs is null
                ? "Дорожная карта удалена другим пользователем."
                : $"Пока вы редактировали, дорожную карту изменил пользователь {theirs["UpdatedBy"]} ({format.DateTime((DateTimeOffset)theirs["UpdatedAt"]!)}): " +
                  $"сейчас её название — «{theirs["Title"]}», период {DisplayFormat.Date((DateOnly)theirs["PeriodStart"]!)} – {DisplayFormat.Date((DateOnly)theirs["PeriodEnd"]!)}. " +
                  "Ваши данные остались в форме; нажмите «Сохранить» ещё раз, чтобы записать их поверх.");
            if (theirs is not null) Version = (uint)theirs[nameof(Version)]!;
            ModelState.Remove(nameof(Version));
            return Page();
        }
        StatusMessage = "Изменения сохранены.";
        return RedirectToPage("/Roadmaps/Details", new { id });
    }
}
