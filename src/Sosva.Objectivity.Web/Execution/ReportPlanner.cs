using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Execution;

/// <summary>
/// Keeps the stored execution reports in step with the plan (docs/design.md#61-reports-from-the-plan). Called after
/// every change of a roadmap's status, measures, checkpoints or schools, and by the daily job for everything.
/// </summary>
public sealed class ReportPlanner(AppDbContext db, TimeProvider clock, ICurrentUser currentUser)
{
    /// <summary>Brings the reports of one roadmap in line with it; returns what changed.</summary>
    public Task<ReportChanges> SyncRoadmapAsync(int roadmapId, CancellationToken ct = default) =>
        SyncAsync(db.Roadmaps.Where(r => r.Id == roadmapId), ct);

    /// <summary>Every roadmap that is approved or still has reports.</summary>
    public Task<ReportChanges> SyncAllAsync(CancellationToken ct = default) =>
        SyncAsync(db.Roadmaps.Where(r => r.Status == RoadmapStatus.Approved
                                         || r.Sections.Any(s => s.Measures.Any(m => db.ExecutionReports.Any(x => x.MeasureId == m.Id)))), ct);

    private async Task<ReportChanges> SyncAsync(IQueryable<Roadmap> roadmaps, CancellationToken ct)
    {
        var changes = await ChangesAsync(await MeasuresAsync(roadmaps, onlySchool: null, ct), tracked: true, ct);
        if (changes.IsEmpty) return changes;

        db.ExecutionReports.RemoveRange(changes.Delete);
        var (now, by) = (clock.GetUtcNow(), currentUser.Name);
        foreach (var report in changes.Retire) report.Retire(now, by);
        foreach (var report in changes.Revive) report.Revive(now, by);
        foreach (var move in changes.Move) move.Report.MoveTo(move.NewDate, now, by);
        db.ExecutionReports.AddRange(changes.Create.Select(k => new ExecutionReport
        {
            MeasureId = k.MeasureId, SchoolId = k.SchoolId, DueDate = k.DueDate,
        }));
        await db.SaveChangesAsync(ct);
        return changes;
    }

    /// <summary>
    /// A dry run: what <see cref="SyncRoadmapAsync"/> would do if the roadmap had <paramref name="status"/> and
    /// <paramref name="measure"/> (an edited measure of it, by its id) were saved — nothing is saved or tracked. Pages
    /// ask this before a change that may retire a school's work (docs/decisions/010-plan-changes-keep-reports.md).
    /// </summary>
    public async Task<PlanChangePreview> PreviewAsync(int roadmapId, RoadmapStatus? status = null, PlannedMeasure? measure = null,
        CancellationToken ct = default)
    {
        var measures = await MeasuresAsync(db.Roadmaps.Where(r => r.Id == roadmapId), onlySchool: null, ct, status);
        if (measure is not null)
            measures = measures.Select(m => m.Measure.MeasureId == measure.MeasureId ? m with { Measure = measure } : m).ToList();
        var changes = await ChangesAsync(measures, tracked: false, ct);
        var retired = changes.Retire.Select(r => r.Id).ToList();
        var rows = retired.Count == 0
            ? []
            : await db.ExecutionReports.AsNoTracking().Where(r => retired.Contains(r.Id))
                // The portal's one order of school names, then the plan's order.
                .OrderByName(r => r.School!.ShortName).ThenBy(r => r.Measure!.Section!.Position).ThenBy(r => r.Measure!.Position)
                .ThenBy(r => r.DueDate)
                .Select(r => new RetiredReport(r.School!.ShortName, r.Measure!.Number, r.Measure.Title, r.DueDate, r.State))
                .ToListAsync(ct);
        return new PlanChangePreview(changes, rows);
    }

    /// <summary>The one computation behind a sync and its dry run: the plan's reports against the stored ones.</summary>
    private async Task<ReportChanges> ChangesAsync(List<Loaded> measures, bool tracked, CancellationToken ct)
    {
        var measureIds = measures.Select(m => m.Measure.MeasureId).ToList();
        var activeSchools = await db.Schools.Where(s => s.IsActive).Select(s => s.Id).ToListAsync(ct);
        var planned = measures.Where(m => m.Planned).Select(m => m.Measure);
        var biasYears = planned.Where(m => m.BiasListYear is not null).Select(m => m.BiasListYear!.Value).Distinct().ToList();
        var biasLists = (await db.BiasListEntries.Where(b => biasYears.Contains(b.Year)).Select(b => new { b.Year, b.SchoolId }).ToListAsync(ct))
            .ToLookup(b => b.Year, b => b.SchoolId);
        var required = ReportPlan.Required(planned, activeSchools, year => biasLists[year].ToList());

        // Keys of every stored report; only those that may change are loaded as entities with their files (not asked
        // for any more, or marked not required): a region has 100,000 reports (docs/design.md#104-scale).
        var stored = await db.ExecutionReports.AsNoTracking().Where(r => measureIds.Contains(r.MeasureId))
            .Select(r => new { r.Id, Key = new ReportKey(r.MeasureId, r.SchoolId, r.DueDate), r.IsRequired }).ToListAsync(ct);
        var candidateIds = stored.Where(r => !r.IsRequired || !required.Contains(r.Key)).Select(r => r.Id).ToList();
        var query = db.ExecutionReports.Where(r => candidateIds.Contains(r.Id)).Include(r => r.Files);
        var candidates = candidateIds.Count == 0 ? [] : await (tracked ? query : query.AsNoTracking()).ToListAsync(ct);
        return ReportPlan.Reconcile(required, candidates, stored.Select(r => r.Key).ToHashSet());
    }

    /// <summary>
    /// The measures of approved municipal roadmaps that one school executes (<see cref="ReportPlan.ExecutedBy"/>), with
    /// their checkpoints: what a principal's home page counts.
    /// </summary>
    public async Task<IReadOnlyList<PlannedMeasure>> MeasuresOfSchoolAsync(int schoolId, CancellationToken ct = default)
    {
        var measures = await MeasuresAsync(db.Roadmaps.Where(r => r.Status == RoadmapStatus.Approved && r.Level == RoadmapLevel.Municipal),
            onlySchool: schoolId, ct);
        var active = await db.Schools.AnyAsync(s => s.Id == schoolId && s.IsActive, ct);
        var years = await db.BiasListEntries.Where(b => b.SchoolId == schoolId).Select(b => b.Year).Distinct().ToListAsync(ct);
        return ReportPlan.ExecutedBy(measures.Select(m => m.Measure), schoolId, active, years).ToList();
    }

    private sealed record Loaded(bool Planned, PlannedMeasure Measure);

    /// <summary>
    /// The measures of <paramref name="roadmaps"/> as the plan sees them; planned when their roadmap is an approved
    /// municipal one. With <paramref name="onlySchool"/>, the chosen schools are narrowed to that school.
    /// </summary>
    /// With <paramref name="status"/>, the roadmaps are seen as if they had that status (a dry run).
    private static async Task<List<Loaded>> MeasuresAsync(IQueryable<Roadmap> roadmaps, int? onlySchool, CancellationToken ct,
        RoadmapStatus? status = null)
    {
        var rows = await roadmaps
            .SelectMany(r => r.Sections.SelectMany(s => s.Measures).Select(m => new
            {
                r.Status, r.Level,
                m.Id, m.ExecutionScope, m.ReportRequired, m.BiasListYear,
                Checkpoints = m.Checkpoints.Select(c => c.DueDate).ToList(),
                Chosen = m.AssignedSchools.Where(a => onlySchool == null || a.SchoolId == onlySchool).Select(a => a.SchoolId).ToList(),
            }))
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(m => new Loaded((status ?? m.Status) == RoadmapStatus.Approved && m.Level == RoadmapLevel.Municipal,
            new PlannedMeasure(m.Id, m.ExecutionScope, m.ReportRequired, m.BiasListYear, m.Checkpoints, m.Chosen))).ToList();
    }

    /// <summary>
    /// Before measures are deleted: removes their empty reports and tells how many have content
    /// (then the deletion must be refused — a school's work is never deleted with the plan).
    /// </summary>
    public async Task<int> ReleaseMeasuresAsync(IReadOnlyCollection<int> measureIds, CancellationToken ct = default)
    {
        var reports = await db.ExecutionReports.Where(r => measureIds.Contains(r.MeasureId))
            .Include(r => r.Files).ToListAsync(ct);
        var withContent = reports.Count(r => r.HasContent);
        if (withContent == 0) db.ExecutionReports.RemoveRange(reports);
        return withContent;
    }
}

/// <summary>A report that a change of the plan would retire, as the confirmation lists it.</summary>
public sealed record RetiredReport(string School, string? MeasureNumber, string MeasureTitle, DateOnly DueDate, ReportState State);

/// <summary>
/// What a change of the plan would do to the reports (<see cref="ReportPlanner.PreviewAsync"/>), with the reports
/// with content it would retire — those the change must be confirmed for
/// (docs/decisions/010-plan-changes-keep-reports.md).
/// </summary>
public sealed record PlanChangePreview(ReportChanges Changes, IReadOnlyList<RetiredReport> Retired)
{
    public bool NeedsConfirmation => Retired.Count > 0;
    public int Schools => Retired.Select(r => r.School).Distinct().Count();
    public int Accepted => Retired.Count(r => r.State == ReportState.Accepted);
    public int Submitted => Retired.Count(r => r.State == ReportState.Submitted);

    /// <summary>Returned for rework: the school has the reviewer's comment to act on.</summary>
    public int Returned => Retired.Count(r => r.State == ReportState.Returned);

    /// <summary>A draft: work the school has started but not handed in.</summary>
    public int Started => Retired.Count(r => r.State == ReportState.Draft);
}
