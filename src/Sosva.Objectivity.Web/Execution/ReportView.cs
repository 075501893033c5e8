using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Execution;

/// <summary>Everything the report page shows, read in a few projected queries.</summary>
public sealed record ReportView(
    int Id, int SchoolId, string SchoolName, int RoadmapId, string RoadmapTitle, string? SectionNumber, string SectionTitle,
    int MeasureId, string? MeasureNumber, string MeasureTitle, string? DeadlineText, string? ExpectedResult, string? ResponsibleText,
    string? DocumentType, DateOnly DueDate, bool IsRequired, ReportState State, ExecutionStatus? Status, string? Text,
    IReadOnlyList<string> Links, DateTimeOffset? SubmittedAt, string? SubmittedBy, DateTimeOffset? ReviewedAt, string? ReviewedBy,
    string? ReviewComment, uint Version, IReadOnlyList<ReportView.FileLine> Files, IReadOnlyList<ReportView.EventLine> History)
{
    public sealed record FileLine(int Id, string FileName, long Size, string UploadedBy, DateTimeOffset UploadedAt, bool Removed);

    public sealed record EventLine(ReportEventKind Kind, DateTimeOffset At, string By, string? Comment, ExecutionStatus? Status,
        string? Text, IReadOnlyList<string> Links, IReadOnlyList<FileLine> Files);

    public ReportProgress ProgressOn(DateOnly today) => ReportProgressRule.Of(State, DueDate, today);

    public static async Task<ReportView?> LoadAsync(AppDbContext db, int id, CancellationToken ct = default)
    {
        var head = await db.ExecutionReports.AsNoTracking().Where(r => r.Id == id).Select(r => new
        {
            r.Id, r.SchoolId, School = r.School!.ShortName, r.Measure!.Section!.RoadmapId, Roadmap = r.Measure.Section.Roadmap!.Title,
            SectionNumber = r.Measure.Section.Number, SectionTitle = r.Measure.Section.Title, r.MeasureId, r.Measure.Number,
            r.Measure.Title, r.Measure.DeadlineText, r.Measure.ExpectedResult, r.Measure.ResponsibleText, r.Measure.DocumentType,
            r.DueDate, r.IsRequired, r.State, r.Status, r.Text, r.Links, r.SubmittedAt, r.SubmittedBy, r.ReviewedAt, r.ReviewedBy,
            r.ReviewComment, r.Version,
        }).SingleOrDefaultAsync(ct);
        if (head is null) return null;
        var files = await db.EvidenceFiles.AsNoTracking().Where(f => f.ReportId == id).OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
            .Select(f => new FileLine(f.Id, f.FileName, f.Size, f.UploadedBy, f.UploadedAt, f.RemovedAt != null)).ToListAsync(ct);
        var events = await db.ReportEvents.AsNoTracking().Where(e => e.ReportId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToListAsync(ct);
        var byId = files.ToDictionary(f => f.Id);
        var history = events.Select(e => new EventLine(e.Kind, e.At, e.By, e.Comment, e.Status, e.Text, e.Links,
            e.FileIds.Where(byId.ContainsKey).Select(i => byId[i]).ToList())).ToList();
        return new ReportView(head.Id, head.SchoolId, head.School, head.RoadmapId, head.Roadmap, head.SectionNumber, head.SectionTitle,
            head.MeasureId, head.Number, head.Title, head.DeadlineText, head.ExpectedResult, head.ResponsibleText, head.DocumentType,
            head.DueDate, head.IsRequired, head.State, head.Status, head.Text, head.Links, head.SubmittedAt, head.SubmittedBy,
            head.ReviewedAt, head.ReviewedBy, head.ReviewComment, head.Version, files.Where(f => !f.Removed).ToList(), history);
    }
}
