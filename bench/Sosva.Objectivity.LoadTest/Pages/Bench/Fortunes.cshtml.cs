using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Data;

namespace Sosva.Objectivity.LoadTest.Pages.Bench;

/// <summary>
/// The load test's baseline (docs/performance.md#regional-and-national-scale): the shape of TechEmpower's «Fortunes»
/// — one EF query, 12 rows, an HTML table with encoding — through the portal's own pipeline (security headers,
/// authentication, Razor), so each data page's throughput can be stated as a share of it. Only in the bench host
/// (<see cref="LoadHost"/>); the portal itself has no such page.
/// </summary>
[AllowAnonymous]
public class FortunesModel(AppDbContext db) : PageModel
{
    public const int Rows = 12;

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    public async Task OnGetAsync() =>
        Schools = (await db.Schools.AsNoTracking().OrderBy(s => s.Id).Take(Rows).Select(s => new { s.Id, s.ShortName }).ToListAsync())
            .Select(s => (s.Id, s.ShortName)).ToList();
}
