namespace Sosva.Objectivity.Web.Pages.Admin.Users;

public class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public sealed record Row(string Id, string UserName, string FullName, string? Role, string? School, bool Locked, DateTimeOffset? LockoutEnd);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow();
        // Filter and sort on a flat projection EF can translate; build the rows last.
        var query =
            from u in db.Users.AsNoTracking()
            select new
            {
                u.Id,
                UserName = u.UserName!,
                u.FullName,
                Role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
                School = u.School != null ? u.School.ShortName : null,
                u.LockoutEnd,
            };
        if (!string.IsNullOrWhiteSpace(Role)) query = query.Where(r => r.Role == Role);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = Like.Containing(Q);
            query = query.Where(r => EF.Functions.ILike(r.UserName, pattern, Like.Escape)
                                     || EF.Functions.ILike(r.FullName, pattern, Like.Escape)
                                     || (r.School != null && EF.Functions.ILike(r.School, pattern, Like.Escape)));
        }
        query = Sort switch
        {
            "name" => query.OrderBy(r => r.FullName),
            "role" => query.OrderBy(r => r.Role).ThenBy(r => r.UserName),
            "school" => query.OrderBy(r => r.School).ThenBy(r => r.UserName),
            _ => query.OrderBy(r => r.UserName),
        };
        Rows = (await query.ToListAsync(HttpContext.RequestAborted))
            .Select(r => new Row(r.Id, r.UserName, r.FullName, r.Role, r.School, r.LockoutEnd > now, r.LockoutEnd))
            .ToList();
    }
}
