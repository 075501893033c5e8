namespace Sosva.Objectivity.Web.Pages.Schools;

/// <summary>
/// Suggestions for the school search field of the filters (shown instead of a drop-down list when the directory
/// is large, <see cref="SchoolPickerOptions.SelectLimit"/>): JSON <c>[{ id, name }]</c>, at most 20, staff only.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public class SearchModel(AppDbContext db) : PageModel
{
    public const int Take = 20;

    public async Task<IActionResult> OnGetAsync(string? q)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2) return new JsonResult(Array.Empty<object>());
        var found = await SchoolQueries.SearchAsync(db, q.Length > 100 ? q[..100] : q, Take);
        return new JsonResult(found.Select(s => new { id = s.Id, name = s.Name }));
    }
}
