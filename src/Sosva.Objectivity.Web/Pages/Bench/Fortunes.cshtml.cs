using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Data;

namespace Sosva.Objectivity.Web.Pages.Bench;

/// <summary>
/// The load test's baseline (docs/performance.md#regional-and-national-scale): the shape of TechEmpower's «Fortunes»
/// — one EF query, 12 rows, an HTML table with encoding — through the portal's own pipeline (security headers,
/// authentication, Razor), so each data page's throughput can be stated as a share of it. Exists only with
/// configuration <c>Bench:Enabled=true</c>; otherwise 404.
/// </summary>
public class FortunesModel(AppDbContext db, IConfiguration config) : PageModel
{
    public const int Rows = 12;

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!config.GetValue<bool>("Bench:Enabled")) return NotFound();
        Schools = (await db.Schools.AsNoTracking().OrderBy(s => s.Id).Take(Rows).Select(s => new { s.Id, s.ShortName }).ToListAsync())
            .Select(s => (s.Id, s.ShortName)).ToList();
        return Page();
    }
}
