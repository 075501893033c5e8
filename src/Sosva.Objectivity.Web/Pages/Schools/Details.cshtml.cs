using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Web.Pages.Schools;

/// <summary>A school's card. Staff see any school; a principal only their own (checked per resource).</summary>
public class DetailsModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public School School { get; private set; } = null!;
    public IReadOnlyList<(string UserName, string FullName)> Accounts { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title, RoadmapStatus Status)> Plans { get; private set; } = [];

    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        // Authorize before looking the school up, so a principal cannot tell which ids exist.
        if (!(await authorization.AuthorizeAsync(User, id, Policies.SchoolData)).Succeeded) return Forbid();

        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (school is null) return NotFound();
        School = school;
        Accounts = (await db.Users.AsNoTracking().Where(u => u.SchoolId == id).OrderBy(u => u.UserName)
                .Select(u => new { u.UserName, u.FullName }).ToListAsync(HttpContext.RequestAborted))
            .Select(u => (u.UserName ?? "", u.FullName)).ToList();
        Plans = (await db.Roadmaps.AsNoTracking().Where(r => r.Level == RoadmapLevel.School && r.SchoolId == id)
                .OrderByDescending(r => r.PeriodStart).Select(r => new { r.Id, r.Title, r.Status }).ToListAsync(HttpContext.RequestAborted))
            .Select(r => (r.Id, r.Title, r.Status)).ToList();
        return Page();
    }
}
