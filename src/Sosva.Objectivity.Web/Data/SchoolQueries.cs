using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Sosva.Objectivity.Web.Data;

/// <summary>School lists shared by the forms: sorted as Russian readers expect («№» among the numbers).</summary>
public static class SchoolQueries
{
    /// <summary>
    /// Above this many schools a filter offers a search field instead of a drop-down list: at national scale, 40,000
    /// options made each filtered page 3 MB and the list unusable (docs/performance.md#regional-and-national-scale).
    /// Configuration <c>Schools:SelectLimit</c>.
    /// </summary>
    public const int DefaultSelectLimit = 2000;

    public static async Task<List<SelectListItem>> SelectItemsAsync(AppDbContext db, bool activeOnly = true) =>
        await db.Schools.AsNoTracking().Where(s => !activeOnly || s.IsActive).OrderBy(s => s.ShortName.Replace("№", "#"))
            .Select(s => new SelectListItem(s.ShortName, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync();

    /// <summary>The school filter of a page: every school when there are at most <paramref name="selectLimit"/>, else only the chosen one's name.</summary>
    public static async Task<SchoolPicker> PickerAsync(AppDbContext db, int? selectedId, int selectLimit)
    {
        if (await db.Schools.CountAsync() <= selectLimit) return new SchoolPicker(await SelectItemsAsync(db, activeOnly: false), null);
        var name = selectedId is { } id ? await db.Schools.Where(s => s.Id == id).Select(s => s.ShortName).FirstOrDefaultAsync() : null;
        return new SchoolPicker(null, name);
    }

    /// <summary>
    /// The message for a school id a form sent that names no school (a foreign-key violation, 500, if saved), or null
    /// when there is no id or the school exists (active or not: a plan of a closed school keeps its school).
    /// </summary>
    public static async Task<string?> UnknownSchoolAsync(AppDbContext db, int? schoolId) =>
        schoolId is { } id && !await db.Schools.AnyAsync(s => s.Id == id) ? "Такой школы нет в справочнике." : null;

    /// <summary>Schools whose short or full name contains <paramref name="text"/> (or whose INN starts with it), first <paramref name="take"/> by name.</summary>
    public static async Task<List<(int Id, string Name)>> SearchAsync(AppDbContext db, string text, int take)
    {
        var pattern = "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var found = await db.Schools.AsNoTracking()
            .Where(s => EF.Functions.ILike(s.ShortName, pattern) || EF.Functions.ILike(s.FullName, pattern) || (s.Inn != null && s.Inn.StartsWith(text.Trim())))
            .OrderBy(s => s.ShortName.Replace("№", "#")).ThenBy(s => s.Id).Take(take).Select(s => new { s.Id, s.ShortName }).ToListAsync();
        return found.Select(s => (s.Id, s.ShortName)).ToList();
    }
}

/// <summary>A page's school filter: <see cref="Items"/> for a drop-down list, or null for the search field (with the chosen school's name).</summary>
public sealed record SchoolPicker(IReadOnlyList<SelectListItem>? Items, string? SelectedName);

/// <summary>Configuration of the school filters.</summary>
public sealed class SchoolPickerOptions
{
    public const string Section = "Schools";

    public int SelectLimit { get; set; } = SchoolQueries.DefaultSelectLimit;
}
