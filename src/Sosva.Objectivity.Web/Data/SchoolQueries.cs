using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Web.Data;

/// <summary>School lists shared by the forms, and the one order of school names: as Russian readers expect («№» among the names).</summary>
public static class SchoolQueries
{
    /// <summary>
    /// Above this many schools a filter offers a search field instead of a drop-down list: at national scale, 40,000
    /// options made each filtered page 3 MB and the list unusable (docs/performance.md#regional-and-national-scale).
    /// Configuration <c>Schools:SelectLimit</c>.
    /// </summary>
    public const int DefaultSelectLimit = 2000;

    /// <summary>Schools in name order (<see cref="OrderByName{T}"/>).</summary>
    public static IOrderedQueryable<School> OrderByName(this IQueryable<School> schools) => schools.OrderByName(s => s.ShortName);

    /// <summary>Schools in reverse name order.</summary>
    public static IOrderedQueryable<School> OrderByNameDescending(this IQueryable<School> schools) => schools.OrderByNameDescending(s => s.ShortName);

    /// <summary>Ties of an earlier order broken by the school's name.</summary>
    public static IOrderedQueryable<School> ThenByName(this IOrderedQueryable<School> schools) => schools.ThenByName(s => s.ShortName);

    /// <summary>
    /// Rows in the order of a school name they carry (<c>r =&gt; r.School!.ShortName</c>, a projected name): the one
    /// definition of how the portal sorts school names. The name columns use ICU's Russian collation, which reads «№»
    /// as Latin "No" and so puts «СОШ № 2» after every Cyrillic name («СОШ Ясная»); people expect the numbered schools
    /// among the others, so «№» is compared as «#», which ICU sorts before digits and letters. It is not a numeric
    /// sort: «№ 10» still comes before «№ 2». The key is <c>replace(name, '№', '#')</c> in SQL, so the database sorts.
    /// </summary>
    public static IOrderedQueryable<T> OrderByName<T>(this IQueryable<T> rows, Expression<Func<T, string>> name) => rows.OrderBy(NameKey(name));

    public static IOrderedQueryable<T> OrderByNameDescending<T>(this IQueryable<T> rows, Expression<Func<T, string>> name) =>
        rows.OrderByDescending(NameKey(name));

    public static IOrderedQueryable<T> ThenByName<T>(this IOrderedQueryable<T> rows, Expression<Func<T, string>> name) => rows.ThenBy(NameKey(name));

    private static readonly System.Reflection.MethodInfo StringReplace = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;

    /// <summary><c>x =&gt; name(x).Replace("№", "#")</c>: the same tree the C# compiler builds for that lambda, so EF Core translates it alike.</summary>
    private static Expression<Func<T, string>> NameKey<T>(Expression<Func<T, string>> name) =>
        Expression.Lambda<Func<T, string>>(
            Expression.Call(name.Body, StringReplace, Expression.Constant("№"), Expression.Constant("#")), name.Parameters);

    public static async Task<List<SelectListItem>> SelectItemsAsync(AppDbContext db, bool activeOnly = true) =>
        await db.Schools.AsNoTracking().Where(s => !activeOnly || s.IsActive).OrderByName()
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
            .OrderByName().ThenBy(s => s.Id).Take(take).Select(s => new { s.Id, s.ShortName }).ToListAsync();
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
