using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Execution;
using Sosva.Objectivity.Web.Planning;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>
/// The roadmap as its readers know it (sections as full-width rows; № / Мероприятие / Сроки /
/// Ответственные / Ожидаемый результат / Вид документа, empty columns hidden) and, for editors,
/// status changes and reordering that return to the same place on the page.
/// </summary>
public class DetailsModel(AppDbContext db, RoadmapGuard guard, ReportPlanner planner, TimeProvider clock, DisplayFormat format) : PageModel
{
    public RoadmapView Roadmap { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    [TempData] public string? StatusMessage { get; set; }

    /// <summary>The reports with content a status change would retire, and that status, when it must be confirmed first.</summary>
    public (PlanChangePreview Preview, RoadmapStatus Status)? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var access = await guard.CheckRoadmapAsync(User, id, RoadmapOperations.Read);
        if (access != Access.Allowed) return this.Refuse(access);
        CanEdit = await guard.CheckRoadmapAsync(User, id, RoadmapOperations.Edit) == Access.Allowed;
        Roadmap = (await RoadmapView.LoadAsync(db, id))!;
        return Page();
    }

    /// <summary>The roadmap as a spreadsheet (docs/design.md#9-exports).</summary>
    public Task<IActionResult> OnGetExcelAsync(int id) =>
        ExportAsync(id, ExportFormat.Excel, (roadmap, stream) => RoadmapExcelExport.Write(roadmap, stream, format.Today()));

    /// <summary>The roadmap as a printable PDF in the layout of the source documents.</summary>
    public Task<IActionResult> OnGetPdfAsync(int id) =>
        ExportAsync(id, ExportFormat.Pdf, (roadmap, stream) => RoadmapPdfExport.Write(roadmap, stream, format.Today()));

    private async Task<IActionResult> ExportAsync(int id, ExportFormat kind, Action<Roadmap, Stream> write)
    {
        var access = await guard.CheckRoadmapAsync(User, id, RoadmapOperations.Read);
        if (access != Access.Allowed) return this.Refuse(access);
        var roadmap = await db.Roadmaps.AsNoTracking().AsSplitQuery()
            .Include(r => r.School)
            .Include(r => r.Sections).ThenInclude(s => s.Measures).ThenInclude(m => m.Checkpoints)
            .SingleAsync(r => r.Id == id, HttpContext.RequestAborted);
        roadmap.Sections = roadmap.Sections.OrderBy(s => s.Position).ToList();
        foreach (var section in roadmap.Sections) section.Measures = section.Measures.OrderBy(m => m.Position).ToList();
        return this.ExportFile(kind, roadmap.Title, stream => write(roadmap, stream));
    }


    public async Task<IActionResult> OnPostStatusAsync(int id, RoadmapStatus status, bool confirmed = false)
    {
        var access = await guard.CheckRoadmapAsync(User, id, RoadmapOperations.Edit);
        if (access != Access.Allowed) return this.Refuse(access);
        var roadmap = await db.Roadmaps.SingleAsync(r => r.Id == id, HttpContext.RequestAborted);
        var hasMeasures = status == RoadmapStatus.Approved && await db.Measures.AnyAsync(m => m.Section!.RoadmapId == id, HttpContext.RequestAborted);
        var outcome = roadmap.ChangeStatus(status, hasMeasures, clock.GetUtcNow(), User.Identity?.Name);
        if (!outcome.Succeeded)
        {
            StatusMessage = outcome.Reason;
            return RedirectToPage(new { id });
        }
        // Archiving or a return to draft retires the schools' work: asked first (docs/decisions/010-plan-changes-keep-reports.md).
        if (!confirmed && status != RoadmapStatus.Approved
            && await planner.PreviewAsync(id, status, ct: HttpContext.RequestAborted) is { NeedsConfirmation: true } preview)
        {
            Confirmation = (preview, status);
            CanEdit = true;
            Roadmap = (await RoadmapView.LoadAsync(db, id))!;
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var changes = await planner.SyncRoadmapAsync(id, HttpContext.RequestAborted);
        StatusMessage = status switch
        {
            RoadmapStatus.Approved => $"Дорожная карта утверждена: её мероприятия видны школам, отчётов школ ожидается: {changes.Create.Count + changes.Revive.Count}.",
            RoadmapStatus.Archived => "Дорожная карта перенесена в архив.",
            _ => "Дорожная карта возвращена в черновики.",
        };
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMoveSectionAsync(int id, int sectionId, int delta)
    {
        var access = await guard.CheckSectionAsync(User, sectionId, RoadmapOperations.Edit);
        if (access != Access.Allowed) return this.Refuse(access);
        var sections = await db.Sections.Where(s => s.RoadmapId == id).OrderBy(s => s.Position).ToListAsync(HttpContext.RequestAborted);
        Reorder(sections, sections.FindIndex(s => s.Id == sectionId), delta, (s, p) => s.Position = p);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Roadmaps/Details", null, new { id }, $"s-{sectionId}");
    }

    public async Task<IActionResult> OnPostMoveMeasureAsync(int id, int measureId, int delta)
    {
        var access = await guard.CheckMeasureAsync(User, measureId, RoadmapOperations.Edit);
        if (access != Access.Allowed) return this.Refuse(access);
        var sectionId = await db.Measures.Where(m => m.Id == measureId).Select(m => m.SectionId).SingleAsync(HttpContext.RequestAborted);
        var measures = await db.Measures.Where(m => m.SectionId == sectionId).OrderBy(m => m.Position).ToListAsync(HttpContext.RequestAborted);
        Reorder(measures, measures.FindIndex(m => m.Id == measureId), delta, (m, p) => m.Position = p);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Roadmaps/Details", null, new { id }, $"m-{measureId}");
    }

    public async Task<IActionResult> OnPostDeleteSectionAsync(int id, int sectionId)
    {
        var access = await guard.CheckSectionAsync(User, sectionId, RoadmapOperations.Edit);
        if (access != Access.Allowed) return this.Refuse(access);
        var section = await db.Sections.Include(s => s.Measures).ThenInclude(m => m.Checkpoints)
            .Include(s => s.Measures).ThenInclude(m => m.AssignedSchools).SingleAsync(s => s.Id == sectionId, HttpContext.RequestAborted);
        if (await planner.ReleaseMeasuresAsync(section.Measures.Select(m => m.Id).ToList(), HttpContext.RequestAborted) is > 0 and var kept)
        {
            StatusMessage = $"Раздел не удалён: по его мероприятиям школы уже отчитались ({kept}). Отчёты школ не удаляются вместе с планом.";
            return RedirectToPage("/Roadmaps/Details", null, new { id }, $"s-{sectionId}");
        }
        db.Sections.Remove(section);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        StatusMessage = $"Раздел «{section.Title}» удалён вместе с мероприятиями ({section.Measures.Count}).";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteMeasureAsync(int id, int measureId)
    {
        var access = await guard.CheckMeasureAsync(User, measureId, RoadmapOperations.Edit);
        if (access != Access.Allowed) return this.Refuse(access);
        var measure = await db.Measures.Include(m => m.Checkpoints).Include(m => m.AssignedSchools).SingleAsync(m => m.Id == measureId, HttpContext.RequestAborted);
        if (await planner.ReleaseMeasuresAsync([measureId], HttpContext.RequestAborted) is > 0 and var kept)
        {
            StatusMessage = $"Мероприятие {measure.Number} не удалено: по нему школы уже отчитались ({kept}). Отчёты школ не удаляются вместе с планом.";
            return RedirectToPage("/Roadmaps/Details", null, new { id }, $"m-{measureId}");
        }
        db.Measures.Remove(measure);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        StatusMessage = $"Мероприятие {measure.Number} удалено.";
        return RedirectToPage("/Roadmaps/Details", null, new { id }, $"s-{measure.SectionId}");
    }

    /// <summary>Moves item <paramref name="index"/> by one place up (−1) or down (+1) and renumbers positions.</summary>
    private static void Reorder<T>(List<T> items, int index, int delta, Action<T, int> setPosition)
    {
        var target = index + Math.Sign(delta);
        if (index < 0 || target < 0 || target >= items.Count) return;
        (items[index], items[target]) = (items[target], items[index]);
        for (var i = 0; i < items.Count; i++) setPosition(items[i], i);
    }
}
