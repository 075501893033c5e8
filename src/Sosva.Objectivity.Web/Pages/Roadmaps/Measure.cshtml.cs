using System.Globalization;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Deadlines;
using Sosva.Objectivity.Web.Execution;
using Sosva.Objectivity.Web.Planning;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>Adds a measure to a section (?sectionId=) or edits one (/{id}); checkpoints are shown live as the deadline is typed.</summary>
public class MeasureModel(AppDbContext db, RoadmapGuard guard, ReportPlanner planner, DisplayFormat format) : PageModel
{
    [BindProperty] public MeasureForm Input { get; set; } = new();
    [BindProperty] public uint Version { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    /// <summary>Posted by «Сохранить всё равно»: the person has seen which reports the save retires.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    /// <summary>The reports with content this save would retire, when it must be confirmed first.</summary>
    public PlanChangePreview? Confirmation { get; private set; }

    public int? Id { get; private set; }
    public int RoadmapId { get; private set; }
    public string RoadmapTitle { get; private set; } = "";
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public IReadOnlyList<(int Id, string Title)> Sections { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    /// <summary>The school whose own plan this is; null for a municipal roadmap.</summary>
    public int? PlanSchoolId { get; private set; }
    public DeadlineParseResult? Parsed { get; private set; }

    /// <summary>What the other person saved, when this save was refused.</summary>
    public MeasureForm? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? sectionId)
    {
        var denied = await LoadAsync(id, sectionId);
        if (denied is not null) return denied;
        if (id is not null)
        {
            var measure = await db.Measures.AsNoTracking().Include(m => m.Checkpoints).Include(m => m.AssignedSchools).SingleAsync(m => m.Id == id, HttpContext.RequestAborted);
            (Input, Version) = (MeasureForm.From(measure), measure.Version);
        }
        else
        {
            Input.SectionId = sectionId!.Value;
            Input.ExecutionScope = ExecutionScope.AllSchools;
            Input.ReportRequired = true;
        }
        Parsed = DeadlineParser.Parse(Input.DeadlineText, PeriodStart, PeriodEnd);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? sectionId)
    {
        var denied = await LoadAsync(id, sectionId ?? Input.SectionId);
        if (denied is not null) return denied;
        var posted = Input.ReportRequired;
        MeasureEditing.ReportRequiredFollowsScope(Input);
        if (Input.ReportRequired != posted) ModelState.Remove("Input.ReportRequired");
        if (Sections.All(s => s.Id != Input.SectionId)) ModelState.AddModelError("Input.SectionId", "Выберите раздел этой дорожной карты.");
        // Only the schools the form offers: a school's own plan offers that school alone, and an id that is
        // not (or no longer) an active school would otherwise fail in the database.
        if (Input.ExecutionScope == ExecutionScope.ChosenSchools && Input.ChosenSchoolIds.Any(sid => Schools.All(s => s.Id != sid)))
            ModelState.AddModelError("Input.ChosenSchoolIds", PlanSchoolId is null
                ? "Среди отмеченных есть школа, которой нет в справочнике (возможно, её удалили или вывели из справочника). Обновите страницу и отметьте школы заново."
                : "В плане школы мероприятие может исполнять только эта школа.");
        Parsed = DeadlineParser.Parse(Input.DeadlineText, PeriodStart, PeriodEnd);
        if (!ModelState.IsValid) return Page();
        // Every change that can remove a school's work asks first and says what it will remove
        // (docs/decisions/010-plan-changes-keep-reports.md); the form comes back as typed.
        if (id is not null && !Confirmed)
        {
            var preview = await planner.PreviewAsync(RoadmapId, measure: MeasureEditing.Planned(Input, id.Value, PeriodStart, PeriodEnd),
                ct: HttpContext.RequestAborted);
            if (preview.NeedsConfirmation)
            {
                Confirmation = preview;
                return Page();
            }
        }

        Measure measure;
        if (id is null)
        {
            var position = await db.Measures.Where(m => m.SectionId == Input.SectionId).Select(m => (int?)m.Position).MaxAsync(HttpContext.RequestAborted) ?? -1;
            measure = new Measure { Position = position + 1 };
            db.Measures.Add(measure);
        }
        else
        {
            measure = await db.Measures.Include(m => m.Checkpoints).Include(m => m.AssignedSchools).SingleAsync(m => m.Id == id, HttpContext.RequestAborted);
            db.Entry(measure).Property(m => m.Version).OriginalValue = Version;
            if (measure.SectionId != Input.SectionId)
                measure.Position = (await db.Measures.Where(m => m.SectionId == Input.SectionId).Select(m => (int?)m.Position).MaxAsync(HttpContext.RequestAborted) ?? -1) + 1;
        }
        MeasureEditing.Apply(Input, measure, PeriodStart, PeriodEnd);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id!.Value);
        }
        await planner.SyncRoadmapAsync(RoadmapId, HttpContext.RequestAborted);
        StatusMessage = $"Мероприятие {measure.Number} сохранено.";
        return RedirectToPage("/Roadmaps/Details", null, new { id = RoadmapId }, $"m-{measure.Id}");
    }

    /// <summary>Live preview for the editor: the deadline text parsed within the roadmap's period.</summary>
    public async Task<IActionResult> OnGetParseAsync(int roadmapId, string? text)
    {
        var access = await guard.CheckRoadmapAsync(User, roadmapId, RoadmapOperations.Read);
        if (access != Access.Allowed) return this.Refuse(access);
        var period = await db.Roadmaps.Where(r => r.Id == roadmapId).Select(r => new { r.PeriodStart, r.PeriodEnd }).SingleAsync(HttpContext.RequestAborted);
        var parsed = DeadlineParser.Parse(text, period.PeriodStart, period.PeriodEnd);
        return new JsonResult(new
        {
            kind = parsed.Kind.ToString(),
            kindText = RoadmapText.Kind(parsed.Kind),
            checkpoints = parsed.Checkpoints.Select(d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
            warnings = parsed.Warnings,
            relativeLimit = parsed.RelativeLimit,
        });
    }

    private async Task<IActionResult> ConflictAsync(int id)
    {
        db.ChangeTracker.Clear();
        var current = await db.Measures.AsNoTracking().Include(m => m.Checkpoints).Include(m => m.AssignedSchools).FirstOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted);
        if (current is null)
        {
            ModelState.AddModelError("", "Мероприятие удалено другим пользователем. Скопируйте свой текст, если он нужен.");
            return Page();
        }
        Theirs = MeasureForm.From(current);
        ModelState.AddModelError("", $"Пока вы редактировали, мероприятие изменил пользователь {current.UpdatedBy} ({format.DateTime(current.UpdatedAt)}). " +
                                     "Ваши изменения не сохранены, но остались в форме. Сравните их с сохранёнными значениями и нажмите «Сохранить» ещё раз.");
        Version = current.Version;
        ModelState.Remove(nameof(Version));
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int? id, int? sectionId)
    {
        Id = id;
        var access = id is { } measureId
            ? await guard.CheckMeasureAsync(User, measureId, RoadmapOperations.Edit)
            : sectionId is { } sid ? await guard.CheckSectionAsync(User, sid, RoadmapOperations.Edit) : Access.NotFound;
        if (access != Access.Allowed) return this.Refuse(access);

        var section = id is { } mid ? await db.Measures.Where(m => m.Id == mid).Select(m => m.SectionId).SingleAsync(HttpContext.RequestAborted) : sectionId!.Value;
        var roadmap = await db.Sections.Where(s => s.Id == section)
            .Select(s => new { s.Roadmap!.Id, s.Roadmap.Title, s.Roadmap.PeriodStart, s.Roadmap.PeriodEnd, s.Roadmap.SchoolId }).SingleAsync(HttpContext.RequestAborted);
        (RoadmapId, RoadmapTitle, PeriodStart, PeriodEnd, PlanSchoolId) = (roadmap.Id, roadmap.Title, roadmap.PeriodStart, roadmap.PeriodEnd, roadmap.SchoolId);
        Sections = (await db.Sections.AsNoTracking().Where(s => s.RoadmapId == RoadmapId).OrderBy(s => s.Position)
                .Select(s => new { s.Id, s.Number, s.Title }).ToListAsync(HttpContext.RequestAborted))
            .Select(s => (s.Id, $"{s.Number} {s.Title}".Trim())).ToList();
        Schools = (await db.Schools.AsNoTracking().Where(s => s.IsActive && (PlanSchoolId == null || s.Id == PlanSchoolId)).OrderByName()
                .Select(s => new { s.Id, s.ShortName }).ToListAsync(HttpContext.RequestAborted))
            .Select(s => (s.Id, s.ShortName)).ToList();
        return null;
    }
}
