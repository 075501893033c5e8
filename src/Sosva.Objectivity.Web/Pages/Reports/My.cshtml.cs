using Sosva.Objectivity.Web.Execution;

namespace Sosva.Objectivity.Web.Pages.Reports;

/// <summary>«Мои мероприятия»: the principal's school's reports by due date, grouped by what needs doing.</summary>
[Authorize(Policy = Policies.Principal)]
public class MyModel(AppDbContext db, DisplayFormat format) : PageModel
{
    public IReadOnlyList<(MyGroup Group, IReadOnlyList<ReportLine> Lines)> Groups { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Roadmaps { get; private set; } = [];
    public string SchoolName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public int? RoadmapId { get; private set; }

    public async Task OnGetAsync(int? roadmapId)
    {
        var schoolId = Policies.SchoolIdOf(User)!.Value;
        Today = format.Today();
        RoadmapId = roadmapId;
        SchoolName = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.ShortName).SingleOrDefaultAsync(HttpContext.RequestAborted) ?? "";
        Groups = await MyReports.LoadAsync(db, schoolId, Today, roadmapId, HttpContext.RequestAborted);
        Roadmaps = (await db.ExecutionReports.AsNoTracking().Where(r => r.SchoolId == schoolId && r.IsRequired)
                .Select(r => new { r.Measure!.Section!.RoadmapId, r.Measure.Section.Roadmap!.Title }).Distinct().ToListAsync(HttpContext.RequestAborted))
            .Select(r => (r.RoadmapId, r.Title)).OrderBy(r => r.Title, StringComparer.Create(new System.Globalization.CultureInfo("ru-RU"), true)).ToList();
    }
}
