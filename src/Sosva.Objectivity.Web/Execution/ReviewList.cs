using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Execution;

/// <summary>
/// The specialists' review queue (one page of it): submitted reports oldest first, or the overdue, returned
/// or accepted ones; filtered by roadmap, section and school. Shared by the page and the benchmarks.
/// </summary>
public static class ReviewList
{
    public static readonly IReadOnlyList<string> Views = ["submitted", "overdue", "returned", "accepted"];

    /// <summary>The view name, «submitted» for anything unknown.</summary>
    public static string Normalize(string? show) => show is not null && Views.Contains(show) ? show : "submitted";

    /// <summary>How many reports the view has, and the lines of page <paramref name="page"/> (from 1, clamped).</summary>
    public static async Task<(int Total, int Page, IReadOnlyList<ReportLine> Rows)> LoadAsync(
        AppDbContext db, DateOnly today, string show, int? roadmapId, int? sectionId, int? schoolId, int page, int pageSize,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.ExecutionReports.AsNoTracking().Where(r => r.IsRequired);
        if (roadmapId is { } rid) query = query.Where(r => r.Measure!.Section!.RoadmapId == rid);
        if (roadmapId is not null && sectionId is { } sid) query = query.Where(r => r.Measure!.SectionId == sid);
        if (schoolId is { } school) query = query.Where(r => r.SchoolId == school);
        query = Normalize(show) switch
        {
            "overdue" => query.WaitingOnSchool().Where(r => r.DueDate < today)
                .OrderBy(r => r.DueDate).ThenBy(r => r.Id),
            "returned" => query.Where(r => r.State == ReportState.Returned).OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id),
            "accepted" => query.Where(r => r.State == ReportState.Accepted).OrderByDescending(r => r.ReviewedAt).ThenBy(r => r.Id),
            // Matches the partial index IX_ExecutionReports_Submitted (SubmittedAt, Id).
            _ => query.Where(r => r.State == ReportState.Submitted).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id),
        };
        var total = await query.CountAsync(ct);
        page = Paging.Clamp(page, total, pageSize);
        var rows = await MyReports.Lines(query.Skip(Paging.Skip(page, pageSize)).Take(pageSize)).ToListAsync(ct);
        return (total, page, rows);
    }
}
