using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Sosva.Objectivity.Web.Data;

/// <summary>School lists shared by the forms: sorted as Russian readers expect («№» among the numbers).</summary>
public static class SchoolQueries
{
    public static async Task<List<SelectListItem>> SelectItemsAsync(AppDbContext db, bool activeOnly = true) =>
        await db.Schools.AsNoTracking().Where(s => !activeOnly || s.IsActive).OrderBy(s => s.ShortName.Replace("№", "#"))
            .Select(s => new SelectListItem(s.ShortName, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync();
}
