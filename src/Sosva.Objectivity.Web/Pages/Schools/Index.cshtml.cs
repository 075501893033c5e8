namespace Sosva.Objectivity.Web.Pages.Schools;

/// <summary>The schools directory: search, filter, sort, pages.</summary>
[Authorize(Policy = Policies.Staff)]
public class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    /// <summary>"active" (default), "inactive" or "all".</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    [BindProperty(SupportsGet = true)] public bool Rural { get; set; }
    [BindProperty(SupportsGet = true)] public bool Small { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    [TempData] public string? StatusMessage { get; set; }

    public sealed record Row(int Id, string ShortName, string FullName, string? Inn, string? PrincipalName,
        bool IsRural, bool IsSmall, bool IsActive);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Paging.PageCount(Total, PageSize);

    public async Task OnGetAsync()
    {
        var query = db.Schools.AsNoTracking();
        query = Show switch
        {
            "all" => query,
            "inactive" => query.Where(s => !s.IsActive),
            _ => query.Where(s => s.IsActive),
        };
        if (Rural) query = query.Where(s => s.IsRural);
        if (Small) query = query.Where(s => s.IsSmall);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = Like.Containing(Q);
            query = query.Where(s => EF.Functions.ILike(s.ShortName, pattern, Like.Escape)
                                     || EF.Functions.ILike(s.FullName, pattern, Like.Escape)
                                     || (s.Inn != null && EF.Functions.ILike(s.Inn, pattern, Like.Escape))
                                     || (s.PrincipalName != null && EF.Functions.ILike(s.PrincipalName, pattern, Like.Escape)));
        }

        query = Sort switch
        {
            // Names in the portal's one name order (SchoolQueries.OrderByName: «№» among the names).
            "-name" => query.OrderByNameDescending(),
            "inn" => query.OrderBy(s => s.Inn).ThenByName(),
            "-inn" => query.OrderByDescending(s => s.Inn).ThenByName(),
            "principal" => query.OrderBy(s => s.PrincipalName).ThenByName(),
            "-principal" => query.OrderByDescending(s => s.PrincipalName).ThenByName(),
            _ => query.OrderByName(),
        };

        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Paging.Clamp(PageNumber, Total, PageSize);
        Rows = await query.Skip(Paging.Skip(PageNumber, PageSize)).Take(PageSize)
            .Select(s => new Row(s.Id, s.ShortName, s.FullName, s.Inn, s.PrincipalName, s.IsRural, s.IsSmall, s.IsActive))
            .ToListAsync(HttpContext.RequestAborted);
    }

    /// <summary>The link that sorts by <paramref name="key"/>, toggling the direction when it is the current key.</summary>
    public string SortLink(string key) => Link(sort: Sort == key ? "-" + key : key, page: 1);

    public string SortMark(string key) => Sort == key || (key == "name" && string.IsNullOrEmpty(Sort)) ? " ▲" : Sort == "-" + key ? " ▼" : "";

    public string Link(string? sort = null, int? page = null) =>
        Url.Page("/Schools/Index", new { q = Q, sort = sort ?? Sort, show = Show, rural = Rural ? "true" : null, small = Small ? "true" : null, p = page ?? PageNumber })!;
}
