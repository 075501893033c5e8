using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Execution;

/// <summary>A line of «Мои мероприятия» or of the review queue.</summary>
public sealed record ReportLine(
    int Id, DateOnly DueDate, ReportState State, ExecutionStatus? Status, string? MeasureNumber, string MeasureTitle,
    int RoadmapId, string RoadmapTitle, string SchoolName, DateTimeOffset? SubmittedAt, string? ReviewComment)
{
    public ReportProgress ProgressOn(DateOnly today) => ReportProgressRule.Of(State, DueDate, today);
}

/// <summary>The groups of «Мои мероприятия», in the order a principal deals with them.</summary>
public enum MyGroup
{
    Overdue = 0,
    Returned = 1,
    DueSoon = 2,
    Later = 3,
    Done = 4,
}

public static class MyReports
{
    public static MyGroup GroupOf(ReportProgress progress) => progress switch
    {
        ReportProgress.Overdue => MyGroup.Overdue,
        ReportProgress.Returned => MyGroup.Returned,
        ReportProgress.DueSoon => MyGroup.DueSoon,
        ReportProgress.NotDue => MyGroup.Later,
        _ => MyGroup.Done,
    };

    public static string Title(MyGroup group) => group switch
    {
        MyGroup.Overdue => "Просрочено",
        MyGroup.Returned => "Возвращено на доработку",
        MyGroup.DueSoon => $"Срок в ближайшие {ReportProgressRule.DueSoonDays} дней",
        MyGroup.Later => "Позже",
        _ => "Отправлено и принято",
    };

    /// <summary>Projects report rows to lines (one query, no N+1).</summary>
    public static IQueryable<ReportLine> Lines(IQueryable<ExecutionReport> reports) => reports.Select(r => new ReportLine(
        r.Id, r.DueDate, r.State, r.Status, r.Measure!.Number, r.Measure.Title, r.Measure.Section!.RoadmapId,
        r.Measure.Section.Roadmap!.Title, r.School!.ShortName, r.SubmittedAt, r.ReviewComment));

    /// <summary>The school's required reports by due date, grouped.</summary>
    public static async Task<IReadOnlyList<(MyGroup Group, IReadOnlyList<ReportLine> Lines)>> LoadAsync(
        AppDbContext db, int schoolId, DateOnly today, int? roadmapId, CancellationToken ct = default)
    {
        var query = db.ExecutionReports.AsNoTracking().Where(r => r.SchoolId == schoolId && r.IsRequired);
        if (roadmapId is { } id) query = query.Where(r => r.Measure!.Section!.RoadmapId == id);
        var lines = await Lines(query.OrderBy(r => r.DueDate).ThenBy(r => r.Measure!.Section!.Position).ThenBy(r => r.Measure!.Position))
            .ToListAsync(ct);
        return lines.GroupBy(l => GroupOf(l.ProgressOn(today))).OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<ReportLine>)(g.Key == MyGroup.Done ? g.OrderByDescending(l => l.DueDate).ToList() : g.ToList())))
            .ToList();
    }
}
