using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Execution;

namespace Sosva.Objectivity.Web.Pages.Reports;

/// <summary>
/// The specialists' review queue: submitted reports, oldest first; also who is late (overdue), what went
/// back to schools (returned) and what was accepted — filtered by roadmap, section and school.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public class ReviewModel(AppDbContext db, DisplayFormat format, Microsoft.Extensions.Options.IOptions<SchoolPickerOptions> schoolPicker) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<ReportLine> Rows { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Roadmaps { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Sections { get; private set; } = [];
    public SchoolPicker Schools { get; private set; } = new(null, null);
    public DateOnly Today { get; private set; }
    public int Total { get; private set; }
    public int PageCount => Paging.PageCount(Total, PageSize);

    public int? RoadmapId { get; private set; }
    public int? SectionId { get; private set; }
    public int? SchoolId { get; private set; }
    public string Show { get; private set; } = "submitted";
    public int PageNumber { get; private set; } = 1;

    public async Task OnGetAsync(int? roadmapId, int? sectionId, int? schoolId, string? show, int p = 1)
    {
        Today = format.Today();
        (RoadmapId, SchoolId, Show) = (roadmapId, schoolId, ReviewList.Normalize(show));
        if (roadmapId is not null) SectionId = sectionId;
        (Total, PageNumber, Rows) = await ReviewList.LoadAsync(db, Today, Show, roadmapId, SectionId, schoolId, p, PageSize, HttpContext.RequestAborted);

        Roadmaps = (await db.Roadmaps.AsNoTracking()
                .Where(r => r.Level == RoadmapLevel.Municipal && r.Status != RoadmapStatus.Draft)
                .OrderBy(r => r.Title).Select(r => new { r.Id, r.Title }).ToListAsync(HttpContext.RequestAborted))
            .Select(r => (r.Id, r.Title)).ToList();
        if (roadmapId is not null)
            Sections = (await db.Sections.AsNoTracking().Where(s => s.RoadmapId == roadmapId).OrderBy(s => s.Position)
                    .Select(s => new { s.Id, s.Number, s.Title }).ToListAsync(HttpContext.RequestAborted))
                .Select(s => (s.Id, DisplayFormat.Clip($"{s.Number} {s.Title}".Trim(), 90))).ToList();
        Schools = await SchoolQueries.PickerAsync(db, schoolId, schoolPicker.Value.SelectLimit);
    }

    public string PageLink(int page) => Url.Page("/Reports/Review", new { roadmapId = RoadmapId, sectionId = SectionId, schoolId = SchoolId, show = Show, p = page })!;
}
