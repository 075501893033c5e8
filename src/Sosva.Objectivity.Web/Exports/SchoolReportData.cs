using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Exports;

/// <summary>
/// What the school report (docs/design.md#9-exports) shows, read once and written by both the Excel
/// and the PDF writer: the school, the period, the reports grouped by roadmap and section, totals, and
/// — once the monitoring part is wired — the school's objectivity score.
/// </summary>
public sealed record SchoolReportData(
    SchoolReportSchool School,
    DateOnly From,
    DateOnly To,
    DateOnly Today,
    IReadOnlyList<SchoolReportRoadmap> Roadmaps)
{
    /// <summary>The objectivity section
    /// (docs/design.md#7-objectivity-monitoring); the writers render it when present.</summary>
    public SchoolReportObjectivity? Objectivity { get; init; }

    /// <summary>Where the links in the files point (the portal's address as the reader reached it); none: no links.</summary>
    public SchoolReportLinks? Links { get; init; }

    public IEnumerable<SchoolReportItem> Items =>
        Roadmaps.SelectMany(r => r.Sections).SelectMany(s => s.Measures).SelectMany(m => m.Items);

    public SchoolReportTotals Totals => SchoolReportTotals.Of(Items);

    /// <summary>«Отчёт ОО МАОУ СОШ № 1 01.09.2023–31.08.2024»: the download's name.</summary>
    public string FileTitle => $"Отчёт ОО {School.ShortName} {DisplayDate(From)}–{DisplayDate(To)}";

    public static string DisplayDate(DateOnly date) => RoadmapExportText.Date(date);

    /// <summary>The academic year (1 September–31 August) that <paramref name="today"/> falls in.</summary>
    public static (DateOnly From, DateOnly To) AcademicYear(DateOnly today)
    {
        var start = today.Month >= 9 ? today.Year : today.Year - 1;
        return (new DateOnly(start, 9, 1), new DateOnly(start + 1, 8, 31));
    }

    /// <summary>
    /// Every required report of the school whose checkpoint falls in [<paramref name="from"/>, <paramref name="to"/>],
    /// of the approved municipal roadmaps, in the order of the roadmaps (by period, then title), their sections
    /// and measures, then by date. Null when the school does not exist. Four queries, no N+1; evidence bytes
    /// are never loaded.
    /// </summary>
    public static async Task<SchoolReportData?> LoadAsync(
        AppDbContext db, DisplayFormat format, int schoolId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(format);
        var today = format.Today();
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
            .Select(s => new SchoolReportSchool(s.FullName, s.ShortName, s.PrincipalName)).FirstOrDefaultAsync(ct);
        if (school is null) return null;

        var reports = await db.ExecutionReports.AsNoTracking()
            .Where(r => r.SchoolId == schoolId && r.IsRequired && r.DueDate >= from && r.DueDate <= to
                        && r.Measure!.Section!.Roadmap!.Status == RoadmapStatus.Approved
                        && r.Measure.Section.Roadmap.Level == RoadmapLevel.Municipal)
            .Select(r => new
            {
                r.Id, r.MeasureId, r.DueDate, r.State, r.Status, r.Text, r.Links, r.ReviewComment, r.SubmittedAt, r.ReviewedAt,
            })
            .ToListAsync(ct);
        var reportIds = reports.Select(r => r.Id).ToList();
        var files = (await db.EvidenceFiles.AsNoTracking()
                .Where(f => reportIds.Contains(f.ReportId) && f.RemovedAt == null)
                .OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
                .Select(f => new { f.ReportId, File = new SchoolReportFile(f.Id, f.FileName, f.Size) })
                .ToListAsync(ct))
            .ToLookup(f => f.ReportId, f => f.File);
        var measureIds = reports.Select(r => r.MeasureId).Distinct().ToList();
        var measures = await db.Measures.AsNoTracking().Where(m => measureIds.Contains(m.Id))
            .Select(m => new
            {
                m.Id, m.Number, m.Title, m.DeadlineText, m.Position, SectionPosition = m.Section!.Position,
                SectionNumber = m.Section.Number, SectionTitle = m.Section.Title, m.Section.RoadmapId,
                RoadmapTitle = m.Section.Roadmap!.Title, m.Section.Roadmap.OrderNumber, m.Section.Roadmap.OrderDate,
                m.Section.Roadmap.OwnerOrganization, m.Section.Roadmap.PeriodStart, m.Section.Roadmap.PeriodEnd,
            })
            .ToListAsync(ct);

        var itemsByMeasure = reports.ToLookup(r => r.MeasureId, r => new SchoolReportItem(
            r.Id, r.DueDate, r.Status, r.Text, r.Links, [.. files[r.Id]], r.State, r.ReviewComment,
            r.SubmittedAt is { } submitted ? format.LocalDate(submitted) : null, r.ReviewedAt is { } reviewed ? format.LocalDate(reviewed) : null,
            ReportProgressRule.Of(r.State, r.DueDate, today)));
        var roadmaps = measures
            .GroupBy(m => m.RoadmapId)
            .Select(g => (First: g.First(), Measures: g))
            .OrderBy(g => g.First.PeriodStart).ThenBy(g => g.First.RoadmapTitle, StringComparer.Ordinal).ThenBy(g => g.First.RoadmapId)
            .Select(g => new SchoolReportRoadmap(
                g.First.RoadmapTitle, ApprovalLine(g.First.OwnerOrganization, g.First.OrderNumber, g.First.OrderDate),
                g.Measures.GroupBy(m => (m.SectionPosition, m.SectionNumber, m.SectionTitle)).OrderBy(s => s.Key.SectionPosition)
                    .Select(s => new SchoolReportSection(
                        RoadmapExportText.SectionCaption(new Section { Number = s.Key.SectionNumber, Title = s.Key.SectionTitle }),
                        s.OrderBy(m => m.Position).Select(m => new SchoolReportMeasure(
                                m.Number, m.Title, m.DeadlineText, [.. itemsByMeasure[m.Id].OrderBy(i => i.DueDate)]))
                            .ToList()))
                    .ToList()))
            .ToList();
        var objectivity = await Scoring.SchoolObjectivityQuery.LoadAsync(db, schoolId, ct);
        return new SchoolReportData(school, from, to, today, roadmaps) { Objectivity = SchoolReportObjectivity.From(objectivity) };
    }

    private static string? ApprovalLine(string? owner, string? number, DateOnly? date)
    {
        var roadmap = new Roadmap { OwnerOrganization = owner, OrderNumber = number, OrderDate = date };
        return RoadmapExportText.ApprovalLines(roadmap) is { } lines
            ? "Утверждена " + string.Join(' ', lines.Skip(1))
            : null;
    }
}

public sealed record SchoolReportSchool(string FullName, string ShortName, string? PrincipalName);

public sealed record SchoolReportRoadmap(string Title, string? Approval, IReadOnlyList<SchoolReportSection> Sections);

/// <summary>A section of a roadmap; <see cref="Caption"/> is empty for an unnumbered, untitled one.</summary>
public sealed record SchoolReportSection(string Caption, IReadOnlyList<SchoolReportMeasure> Measures);

public sealed record SchoolReportMeasure(string? Number, string Title, string? DeadlineText, IReadOnlyList<SchoolReportItem> Items);

/// <summary>One execution report: a checkpoint of the measure for this school.</summary>
public sealed record SchoolReportItem(
    int ReportId, DateOnly DueDate, ExecutionStatus? Status, string? Text, IReadOnlyList<string> Links,
    IReadOnlyList<SchoolReportFile> Files, ReportState State, string? ReviewComment,
    DateOnly? SubmittedOn, DateOnly? ReviewedOn, ReportProgress Progress)
{
    public bool IsOverdue => Progress == ReportProgress.Overdue;
}

public sealed record SchoolReportFile(int Id, string FileName, long Size);

/// <summary>
/// How many reports stand where. The categories split the total: a returned report past its date is
/// overdue (ReportProgressRule), one due later is «returned»; «not due» includes «due soon».
/// </summary>
public sealed record SchoolReportTotals(int Total, int Accepted, int Submitted, int Returned, int Overdue, int NotDue)
{
    public static SchoolReportTotals Of(IEnumerable<SchoolReportItem> items)
    {
        var list = items.ToList();
        int Count(params ReportProgress[] p) => list.Count(i => p.Contains(i.Progress));
        return new SchoolReportTotals(list.Count, Count(ReportProgress.Accepted), Count(ReportProgress.Submitted),
            Count(ReportProgress.Returned), Count(ReportProgress.Overdue), Count(ReportProgress.NotDue, ReportProgress.DueSoon));
    }

    /// <summary>The rows of the totals table, in the order printed.</summary>
    public IReadOnlyList<(string Label, int Count)> Rows =>
    [
        ("Всего отчётов за период", Total),
        ("Принято", Accepted),
        ("На проверке", Submitted),
        ("Возвращено на доработку", Returned),
        ("Просрочено", Overdue),
        ("Срок не наступил", NotDue),
    ];
}

/// <summary>
/// Addresses in the portal for a report and an evidence file. An evidence file links to its entry on its
/// report's page (#file-N), not to the download address (/Reports/Evidence/{id}).
/// </summary>
public sealed record SchoolReportLinks(string BaseUrl)
{
    public string Report(int reportId) => $"{BaseUrl.TrimEnd('/')}/Reports/Details/{reportId}";

    public string File(int reportId, int fileId) => Report(reportId) + "#file-" + fileId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Extension point for the objectivity monitoring (docs/design.md#7-objectivity-monitoring): the school's score as
/// the school report prints it — summary lines (total, band, rank), points per indicator, the history by year and the
/// addressed recommendations. The monitoring part maps its results onto this; the writers need nothing else.
/// </summary>
public sealed record SchoolReportObjectivity(
    string Heading,
    IReadOnlyList<(string Label, string Value)> Summary,
    IReadOnlyList<SchoolReportIndicator> Indicators,
    IReadOnlyList<SchoolReportScoreYear> History,
    IReadOnlyList<string> Recommendations)
{
    /// <summary>The latest computed campaign of the school as the report prints it; null when never scored.</summary>
    public static SchoolReportObjectivity? From(Scoring.SchoolObjectivitySummary? s) => s is null ? null : new(
        $"Мониторинг объективности {s.Year} года ({s.MethodologyName})",
        [
            ("Итоговый балл", $"{s.Total} из {s.TotalMaximum}"),
            ("Уровень объективности", s.BandName),
            ("Место в рейтинге", $"{s.Rank} из {s.RankedSchools}"),
            ("Рейтинг", s.IsPublished ? "опубликован" : "не опубликован"),
        ],
        [.. s.Indicators.Select(i => new SchoolReportIndicator(i.Code, i.Title, i.Points, i.Maximum))],
        [.. s.History.Select(h => new SchoolReportScoreYear(h.Year, h.Total, h.BandName, null))],
        s.Recommendations);
}

public sealed record SchoolReportIndicator(string Code, string Name, decimal Points, decimal Max);

public sealed record SchoolReportScoreYear(int Year, decimal Total, string Band, int? Rank);
