using Sosva.Objectivity.Domain.Schools;
using Sosva.Objectivity.Web.Execution;

namespace Sosva.Objectivity.Web.Pages.Schools;

/// <summary>
/// Editing a school. Optimistic concurrency: the form carries the row version it was read at;
/// a save over someone else's newer change is refused and shows their values next to yours.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public class EditModel(AppDbContext db, ReportPlanner planner, DisplayFormat format) : PageModel
{
    [BindProperty] public SchoolForm Input { get; set; } = new();
    [BindProperty] public uint Version { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Fields where the other person's saved value differs from what is typed here.</summary>
    public IReadOnlyList<(string Field, string? Theirs)> Conflicts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (school is null) return NotFound();
        (Id, Title, Version, Input) = (id, school.ShortName, school.Version, SchoolForm.From(school));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (school is null) return NotFound();
        (Id, Title) = (id, school.ShortName);

        await Input.ValidateUniqueAsync(db, ModelState, nameof(Input), exceptId: id);
        if (!ModelState.IsValid) return Page();

        db.Entry(school).Property(s => s.Version).OriginalValue = Version;
        Input.ApplyTo(school);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException e)
        {
            return await ConflictAsync(e);
        }
        StatusMessage = $"Изменения сохранены: «{school.ShortName}».";
        return RedirectToPage("/Schools/Details", new { id });
    }

    private async Task<IActionResult> ConflictAsync(DbUpdateConcurrencyException e)
    {
        var current = await e.Entries.Single().GetDatabaseValuesAsync(HttpContext.RequestAborted);
        if (current is null)
        {
            ModelState.AddModelError("", "Школа была удалена другим пользователем.");
            return Page();
        }
        var theirs = (School)current.ToObject();
        var theirForm = SchoolForm.From(theirs);
        var mine = new School();
        Input.ApplyTo(mine);
        var conflicts = new List<(string, string?)>();
        void Compare(string field, object? a, object? b, string? shown)
        {
            if (!Equals(a, b)) conflicts.Add((field, shown));
        }
        Compare("Полное наименование", mine.FullName, theirs.FullName, theirs.FullName);
        Compare("Краткое наименование", mine.ShortName, theirs.ShortName, theirs.ShortName);
        Compare("ИНН", mine.Inn, theirs.Inn, theirs.Inn);
        Compare("Адрес", mine.Address, theirs.Address, theirs.Address);
        Compare("Руководитель", mine.PrincipalName, theirs.PrincipalName, theirs.PrincipalName);
        Compare("Сельская", mine.IsRural, theirForm.IsRural, theirs.IsRural ? "да" : "нет");
        Compare("Малокомплектная", mine.IsSmall, theirForm.IsSmall, theirs.IsSmall ? "да" : "нет");
        Compare("Действующая", mine.IsActive, theirForm.IsActive, theirs.IsActive ? "да" : "нет");
        Conflicts = conflicts;

        ModelState.AddModelError("", $"Пока вы редактировали, запись изменил пользователь {theirs.UpdatedBy} " +
                                     $"({format.DateTime(theirs.UpdatedAt)}). Ваши данные не сохранены, но остались в форме. " +
                                     "Сравните их с сохранёнными значениями ниже и нажмите «Сохранить» ещё раз, чтобы записать свою версию.");
        // The next save is made knowingly over their version.
        Version = theirs.Version;
        ModelState.Remove(nameof(Version));
        return Page();
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active)
    {
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (school is null) return NotFound();
        db.Entry(school).Property(s => s.Version).OriginalValue = Version;
        school.IsActive = active;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            StatusMessage = "Запись изменил другой пользователь; проверьте её и повторите действие.";
            return RedirectToPage(new { id });
        }
        // A school that joins gets the reports of measures for all schools; one that leaves loses its empty ones.
        await planner.SyncAllAsync(HttpContext.RequestAborted);
        StatusMessage = active ? $"Школа «{school.ShortName}» снова действующая." : $"Школа «{school.ShortName}» выведена из числа действующих.";
        return RedirectToPage("/Schools/Details", new { id });
    }
}
