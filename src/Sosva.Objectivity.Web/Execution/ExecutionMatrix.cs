using Microsoft.Extensions.Caching.Memory;
using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Execution;

/// <summary>
/// The execution matrix of a roadmap (docs/design.md#66-views): measures × schools. A cell stands for all the
/// checkpoints of a measure for a school; it shows the report that needs attention first — the earliest
/// one not yet accepted (so an overdue checkpoint is never hidden behind a later one) — or «принят»
/// when all are accepted.
/// </summary>
public sealed record ExecutionMatrix(
    int RoadmapId, string RoadmapTitle, DateOnly Today,
    IReadOnlyList<ExecutionMatrix.MeasureRow> Measures, IReadOnlyList<ExecutionMatrix.SchoolColumn> Schools,
    IReadOnlyDictionary<(int MeasureId, int SchoolId), ExecutionMatrix.Cell> Cells,
    IReadOnlyList<(int Id, string Title)> Sections)
{
    /// <summary>Schools per page of the matrix: a region has a thousand, a page shows 60 columns
    /// (docs/design.md#104-scale).</summary>
    public const int SchoolPageSize = 60;

    /// <summary>How long a roadmap's ordered list of schools is reused by the paged matrix.</summary>
    public static readonly TimeSpan SchoolListLifetime = TimeSpan.FromMinutes(1);

    /// <summary>Schools with reports in the roadmap under the filters (all pages).</summary>
    public int SchoolCount { get; init; }

    /// <summary>The page of schools shown, from 1; 0 when not paged (one school, or the Excel export).</summary>
    public int SchoolPage { get; init; }

    public int SchoolPageCount => SchoolPage == 0 ? 1 : Paging.PageCount(SchoolCount, SchoolPageSize);

    public sealed record MeasureRow(int Id, int SectionId, string? SectionNumber, string SectionTitle, string? Number, string Title);

    public sealed record SchoolColumn(int Id, string Name);

    /// <summary>One measure for one school: the report to open, its progress, and how many of its checkpoints are accepted.</summary>
    public sealed record Cell(int ReportId, ReportProgress Progress, DateOnly DueDate, int Accepted, int Total, int Overdue);

    public sealed record Totals(int Cells, int Accepted, int Submitted, int Overdue);

    public Totals TotalsFor(IEnumerable<Cell> cells)
    {
        var list = cells.ToList();
        return new Totals(list.Count, list.Count(c => c.Progress == ReportProgress.Accepted),
            list.Count(c => c.Progress == ReportProgress.Submitted), list.Count(c => c.Overdue > 0));
    }

    public Cell? At(int measureId, int schoolId) => Cells.GetValueOrDefault((measureId, schoolId));

    /// <summary>
    /// Loads the matrix; the filters narrow rows (section), columns (school) and cells (progress: a measure
    /// or school without a matching cell is left out).
    /// </summary>
    /// <param name="schoolPage">A page of <see cref="SchoolPageSize"/> schools in name order (from 1); null: every school.</param>
    public static async Task<ExecutionMatrix?> LoadAsync(AppDbContext db, int roadmapId, DateOnly today,
        int? sectionId = null, int? schoolId = null, ReportProgress? progress = null, int? schoolPage = null, IMemoryCache? cache = null,
        CancellationToken ct = default)
    {
        var title = await db.Roadmaps.AsNoTracking().Where(r => r.Id == roadmapId).Select(r => r.Title).SingleOrDefaultAsync(ct);
        if (title is null) return null;
        var sections = (await db.Sections.AsNoTracking().Where(s => s.RoadmapId == roadmapId).OrderBy(s => s.Position)
                .Select(s => new { s.Id, s.Number, s.Title }).ToListAsync(ct))
            .Select(s => (s.Id, $"{s.Number} {s.Title}".Trim())).ToList();

        var query = db.ExecutionReports.AsNoTracking().Where(r => r.IsRequired && r.Measure!.Section!.RoadmapId == roadmapId);
        if (sectionId is { } sid) query = query.Where(r => r.Measure!.SectionId == sid);
        if (schoolId is { } school) query = query.Where(r => r.SchoolId == school);
        int schoolCount = 0, page = 0;
        if (schoolId is null && schoolPage is { } requested)
        {
            // The page's schools first (name order, as the columns), then only their reports.
            // Which schools a roadmap has changes only with its plan, and finding them reads every report of the
            // roadmap (2.3 s at national scale, 40,000 schools × 100 reports): kept for a minute per roadmap and
            // section, and looked up afresh as soon as a report is added (a school or checkpoint joined the plan).
            // A school that left the plan has no cells and so no column, whatever the list says.
            var schoolQuery = query;
            var lastReport = cache is null ? 0 : await db.ExecutionReports.MaxAsync(r => (int?)r.Id, ct) ?? 0;
            async Task<List<int>> Ordered() => await db.Schools.AsNoTracking().Where(s => schoolQuery.Any(r => r.SchoolId == s.Id))
                .OrderByName().ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
            var ordered = cache is null
                ? await Ordered()
                : (await cache.GetOrCreateAsync((nameof(ExecutionMatrix), roadmapId, sectionId, lastReport), entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = SchoolListLifetime;
                    return Ordered();
                }))!;
            schoolCount = ordered.Count;
            page = Paging.Clamp(requested, schoolCount, SchoolPageSize);
            var pageIds = ordered.Skip(Paging.Skip(page, SchoolPageSize)).Take(SchoolPageSize).ToList();
            query = query.Where(r => pageIds.Contains(r.SchoolId));
        }
        var reports = await query.Select(r => new { r.Id, r.MeasureId, r.SchoolId, r.DueDate, r.State }).ToListAsync(ct);

        var cells = new Dictionary<(int, int), Cell>();
        foreach (var group in reports.GroupBy(r => (r.MeasureId, r.SchoolId)))
        {
            var ordered = group.OrderBy(r => r.DueDate).ToList();
            var focus = ordered.FirstOrDefault(r => r.State != ReportState.Accepted) ?? ordered[^1];
            var cell = new Cell(focus.Id, ReportProgressRule.Of(focus.State, focus.DueDate, today), focus.DueDate,
                ordered.Count(r => r.State == ReportState.Accepted), ordered.Count,
                ordered.Count(r => ReportProgressRule.Of(r.State, r.DueDate, today) == ReportProgress.Overdue));
            if (progress is null || cell.Progress == progress) cells[group.Key] = cell;
        }

        var measureIds = cells.Keys.Select(k => k.Item1).ToHashSet();
        var schoolIds = cells.Keys.Select(k => k.Item2).ToHashSet();
        var measures = (await db.Measures.AsNoTracking().Where(m => m.Section!.RoadmapId == roadmapId)
                .OrderBy(m => m.Section!.Position).ThenBy(m => m.Position)
                .Select(m => new MeasureRow(m.Id, m.SectionId, m.Section!.Number, m.Section.Title, m.Number, m.Title)).ToListAsync(ct))
            .Where(m => measureIds.Contains(m.Id)).ToList();
        var schools = (await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id))
                .OrderByName().Select(s => new SchoolColumn(s.Id, s.ShortName)).ToListAsync(ct));
        return new ExecutionMatrix(roadmapId, title, today, measures, schools, cells, sections)
        {
            SchoolCount = page == 0 ? schools.Count : schoolCount, SchoolPage = page,
        };
    }
}
