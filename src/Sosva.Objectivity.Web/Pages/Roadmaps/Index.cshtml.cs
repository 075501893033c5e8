using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>Roadmaps the user may read, with filters and search.</summary>
public class IndexModel(AppDbContext db, Microsoft.Extensions.Options.IOptions<SchoolPickerOptions> schoolPicker) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public RoadmapLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public RoadmapStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? School { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public sealed record Row(int Id, string Title, RoadmapLevel Level, string? School, DateOnly PeriodStart, DateOnly PeriodEnd,
        RoadmapStatus Status, string? OrderNumber, DateOnly? OrderDate, int Measures);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public SchoolPicker Schools { get; private set; } = new(null, null);
    public bool IsStaff { get; private set; }

    public async Task OnGetAsync()
    {
        IsStaff = User.IsStaff();
        var query = db.Roadmaps.AsNoTracking();
        if (!IsStaff)
        {
            // The same rule as RoadmapAccessHandler.Read, as a query: approved/archived municipal ones and the own plans.
            var own = Policies.SchoolIdOf(User);
            query = query.Where(r => (r.Level == RoadmapLevel.Municipal && r.Status != RoadmapStatus.Draft)
                                     || (r.Level == RoadmapLevel.School && r.SchoolId == own));
        }
        else
        {
            Schools = await SchoolQueries.PickerAsync(db, School, schoolPicker.Value.SelectLimit);
            if (School is { } school) query = query.Where(r => r.SchoolId == school);
        }
        if (Level is { } level) query = query.Where(r => r.Level == level);
        if (Status is { } status) query = query.Where(r => r.Status == status);
        if (Year is { } year)
        {
            // A year no date has (0, −1, 2147483647) was a 500; no roadmap is of such a year.
            query = year is < 1 or > 9999
                ? query.Where(r => false)
                : query.Where(r => r.PeriodStart <= new DateOnly(year, 12, 31) && r.PeriodEnd >= new DateOnly(year, 1, 1));
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = Like.Containing(Q);
            query = query.Where(r => EF.Functions.ILike(r.Title, pattern, Like.Escape)
                                     || (r.OrderNumber != null && EF.Functions.ILike(r.OrderNumber, pattern, Like.Escape)));
        }
        query = Sort switch
        {
            "title" => query.OrderBy(r => r.Title),
            "status" => query.OrderBy(r => r.Status).ThenByDescending(r => r.PeriodStart),
            "period" => query.OrderBy(r => r.PeriodStart),
            _ => query.OrderByDescending(r => r.PeriodStart).ThenBy(r => r.Title),
        };
        Rows = await query.Select(r => new Row(r.Id, r.Title, r.Level, r.School != null ? r.School.ShortName : null,
                r.PeriodStart, r.PeriodEnd, r.Status, r.OrderNumber, r.OrderDate, r.Sections.SelectMany(s => s.Measures).Count()))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public string SortLink(string key) =>
        Url.Page("/Roadmaps/Index", new { q = Q, level = Level, status = Status, year = Year, school = School, sort = key })!;
}
