namespace Sosva.Objectivity.Web.Pages.Shared.Components.NotificationBell;

/// <summary>The bell in the menu bar with the principal's unread reminders (one indexed count per page).</summary>
public sealed class NotificationBellViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!UserClaimsPrincipal.HasPrincipalRole() || Policies.SchoolIdOf(UserClaimsPrincipal) is not { } schoolId)
            return Content("");
        var unread = await db.Notifications.CountAsync(n => n.SchoolId == schoolId && n.ReadAt == null, HttpContext.RequestAborted);
        return View(unread);
    }
}
