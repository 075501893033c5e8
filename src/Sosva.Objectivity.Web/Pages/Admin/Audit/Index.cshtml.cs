using Sosva.Objectivity.Domain.Auditing;
using Sosva.Objectivity.Web.AuditLog;
using Sosva.Objectivity.Web.Exports;

namespace Sosva.Objectivity.Web.Pages.Admin.Audit;

/// <summary>The audit log: newest first, filtered by user, entity and dates, 50 to a page.</summary>
public class IndexModel(AppDbContext db, DisplayFormat format) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task OnGetAsync()
    {
        EntityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(HttpContext.RequestAborted);
        // The log is not counted (it may be long): the page is kept where its offset fits, and past the end it is empty.
        PageNumber = Paging.Clamp(PageNumber, PageSize);
        var page = await Filtered().Skip(Paging.Skip(PageNumber, PageSize)).Take(PageSize + 1).ToListAsync(HttpContext.RequestAborted);
        HasNext = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
    }

    /// <summary>What the filters select, newest first, as a spreadsheet (at most <see cref="AuditExcelExport.MaxRows"/> rows).</summary>
    public async Task<IActionResult> OnGetExcelAsync()
    {
        var entries = await Filtered().Take(AuditExcelExport.MaxRows + 1).ToListAsync(HttpContext.RequestAborted);
        var filter = new List<string>();
        if (!string.IsNullOrWhiteSpace(UserName)) filter.Add("пользователь " + UserName.Trim());
        if (!string.IsNullOrWhiteSpace(Entity)) filter.Add("объект «" + AuditText.EntityName(Entity) + "»");
        if (From is { } from) filter.Add("с " + DisplayFormat.Date(from));
        if (To is { } to) filter.Add("по " + DisplayFormat.Date(to));
        return this.ExportFile(ExportFormat.Excel, "Журнал изменений " + DisplayFormat.Date(format.Today()),
            stream => AuditExcelExport.Write(entries, filter.Count == 0 ? null : string.Join(", ", filter), format, stream));
    }

    /// <summary>The entries the filters select, newest first. Dates are the portal's calendar days, not UTC ones.</summary>
    private IQueryable<AuditEntry> Filtered()
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName)) query = query.Where(a => a.UserName == UserName.Trim());
        if (!string.IsNullOrWhiteSpace(Entity)) query = query.Where(a => a.EntityType == Entity);
        if (From is { } from)
        {
            var start = format.StartOfDay(from);
            query = query.Where(a => a.Timestamp >= start);
        }
        if (To is { } to)
        {
            var end = format.StartOfNextDay(to);
            query = query.Where(a => a.Timestamp < end);
        }
        return query.OrderByDescending(a => a.Timestamp).ThenByDescending(a => a.Id);
    }

    public string ExcelLink() =>
        Url.Page("/Admin/Audit/Index", "Excel", new { userName = UserName, entity = Entity, from = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })!;

    public string Link(int page) =>
        Url.Page("/Admin/Audit/Index", new { userName = UserName, entity = Entity, from = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p = page })!;
}
