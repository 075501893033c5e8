using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Pages.Notifications;

/// <summary>
/// The principal's reminders (docs/design.md#64-reminders): unread first, newest first; opening one marks it read
/// and goes to the report. Only the principal's own school's notifications are ever queried (the folder
/// is for principals; the school comes from the sign-in, never from the request).
/// </summary>
public class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Enough for a year of reminders of a busy school; older read ones drop off the list.</summary>
    public const int MaxShown = 200;

    public sealed record Item(
        int Id, int ReportId, NotificationKind Kind, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt,
        DateOnly DueDate, ReportState State, string? MeasureNumber, string MeasureTitle, string RoadmapTitle);

    public IReadOnlyList<Item> Items { get; private set; } = [];
    public int UnreadCount { get; private set; }
    [TempData] public string? StatusMessage { get; set; }

    private int? SchoolId => Policies.SchoolIdOf(User);

    private IQueryable<Notification> Own() => db.Notifications.Where(n => n.SchoolId == SchoolId);

    public async Task OnGetAsync()
    {
        Items = await Own().AsNoTracking()
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(MaxShown)
            .Select(n => new Item(n.Id, n.ReportId, n.Kind, n.CreatedAt, n.ReadAt, n.Report!.DueDate, n.Report.State,
                n.Report.Measure!.Number, n.Report.Measure.Title, n.Report.Measure.Section!.Roadmap!.Title))
            .ToListAsync(HttpContext.RequestAborted);
        UnreadCount = await Own().CountAsync(n => n.ReadAt == null, HttpContext.RequestAborted);
    }

    /// <summary>Marks the notification read and opens its report.</summary>
    public async Task<IActionResult> OnPostOpenAsync(int id)
    {
        var reportId = await Own().Where(n => n.Id == id).Select(n => (int?)n.ReportId).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (reportId is null) return NotFound();
        await MarkReadAsync(Own().Where(n => n.Id == id));
        return RedirectToPage("/Reports/Details", new { id = reportId });
    }

    public async Task<IActionResult> OnPostReadAsync(int id)
    {
        if (await MarkReadAsync(Own().Where(n => n.Id == id)) == 0 && !await Own().AnyAsync(n => n.Id == id, HttpContext.RequestAborted)) return NotFound();
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var count = await MarkReadAsync(Own());
        StatusMessage = count == 0 ? "Непрочитанных уведомлений нет." : "Все уведомления отмечены как прочитанные.";
        return RedirectToPage();
    }

    private Task<int> MarkReadAsync(IQueryable<Notification> notifications)
    {
        var now = clock.GetUtcNow();
        return notifications.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), HttpContext.RequestAborted);
    }
}
