namespace Sosva.Objectivity.Web.Pages.Monitoring.BiasLists;

/// <summary>Rosobrnadzor's lists of schools with signs of bias, by year (P4 reads them).</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public IReadOnlyList<(int Year, int Count)> Years { get; private set; } = [];

    public sealed record Row(int Id, int SchoolId, string School, string? NameAsListed, string? AddedBy, DateTimeOffset AddedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Years = (await db.BiasListEntries.AsNoTracking().GroupBy(e => e.Year).Select(g => new { g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Key).ToListAsync(HttpContext.RequestAborted))
            .Select(g => (g.Key, g.Count)).ToList();
        Year ??= Years.Count > 0 ? Years[0].Year : null;
        if (Year is { } year)
        {
            Rows = await db.BiasListEntries.AsNoTracking().Where(e => e.Year == year).OrderByName(e => e.School!.ShortName)
                .Select(e => new Row(e.Id, e.SchoolId, e.School!.ShortName, e.NameAsListed, e.CreatedBy, e.CreatedAt)).ToListAsync(HttpContext.RequestAborted);
        }
    }
}
