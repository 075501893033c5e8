using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Auditing;
using Sosva.Objectivity.Web.Data;

namespace Sosva.Objectivity.Web.Pages.Admin.Audit;

/// <summary>The audit log: newest first, filtered by user, entity and dates, 50 to a page.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;
    private static readonly System.Text.Json.JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

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
        EntityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync();
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName)) query = query.Where(a => a.UserName == UserName.Trim());
        if (!string.IsNullOrWhiteSpace(Entity)) query = query.Where(a => a.EntityType == Entity);
        if (From is { } from) query = query.Where(a => a.Timestamp >= new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        if (To is { } to) query = query.Where(a => a.Timestamp < new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        PageNumber = Math.Max(1, PageNumber);
        var page = await query.OrderByDescending(a => a.Timestamp).ThenByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        HasNext = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
    }

    public string Link(int page) =>
        Url.Page("/Admin/Audit/Index", new { userName = UserName, entity = Entity, from = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p = page })!;

    public static string ActionName(AuditAction a) => a switch
    {
        AuditAction.Created => "создание",
        AuditAction.Deleted => "удаление",
        _ => "изменение",
    };

    /// <summary>Russian names of the audited entities.</summary>
    public static string EntityName(string type) => type switch
    {
        "School" => "Школа",
        "AppUser" => "Пользователь",
        "IdentityUserRole`1" => "Роль пользователя",
        "IdentityUserClaim`1" => "Утверждение пользователя",
        "Roadmap" => "Дорожная карта",
        "Section" => "Раздел",
        "Measure" => "Мероприятие",
        "Checkpoint" => "Контрольный срок",
        "MeasureSchool" => "Назначение школе",
        "IdentityRole" => "Роль",
        _ => type,
    };

    public static string ShownUser(string name) => name == HttpCurrentUser.System ? "система" : name;

    /// <summary>The changes as «field: before → after» lines.</summary>
    public static IEnumerable<(string Field, string? Before, string? After)> Describe(string json)
    {
        var changes = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, AuditInterceptor.Change>>(json, ReadOptions) ?? [];
        return changes.Select(c => (c.Key, c.Value.Before, c.Value.After));
    }
}
