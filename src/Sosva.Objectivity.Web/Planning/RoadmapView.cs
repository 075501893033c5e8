using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Planning;

/// <summary>A roadmap projected for reading: one query per level, no tracking.</summary>
public sealed record RoadmapView(
    int Id, string Title, RoadmapLevel Level, int? SchoolId, string? SchoolName, string? OwnerOrganization,
    string? OrderNumber, DateOnly? OrderDate, string? OrderSignedBy, DateOnly PeriodStart, DateOnly PeriodEnd,
    string? Goal, string? Tasks, RoadmapStatus Status, DateTimeOffset? StatusChangedAt, string? StatusChangedBy,
    DateTimeOffset UpdatedAt, string? UpdatedBy, IReadOnlyList<RoadmapView.SectionView> Sections)
{
    public sealed record SectionView(int Id, int Position, string? Number, string Title, IReadOnlyList<MeasureView> Measures);

    public sealed record MeasureView(
        int Id, int SectionId, int Position, string? Number, string Title, string? DeadlineText, DeadlineKind DeadlineKind,
        string? DeadlineNote, string? ResponsibleText, string? ExpectedResult, string? DocumentType,
        ExecutionScope ExecutionScope, int? BiasListYear, int ChosenSchools, bool ReportRequired, IReadOnlyList<DateOnly> Checkpoints);

    public IEnumerable<MeasureView> Measures => Sections.SelectMany(s => s.Measures);

    public bool HasResponsible => Measures.Any(m => !string.IsNullOrWhiteSpace(m.ResponsibleText));
    public bool HasExpectedResult => Measures.Any(m => !string.IsNullOrWhiteSpace(m.ExpectedResult));
    public bool HasDocumentType => Measures.Any(m => !string.IsNullOrWhiteSpace(m.DocumentType));

    public static async Task<RoadmapView?> LoadAsync(AppDbContext db, int id)
    {
        var header = await db.Roadmaps.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new
            {
                r.Id, r.Title, r.Level, r.SchoolId, SchoolName = r.School != null ? r.School.ShortName : null, r.OwnerOrganization,
                r.OrderNumber, r.OrderDate, r.OrderSignedBy, r.PeriodStart, r.PeriodEnd, r.Goal, r.Tasks, r.Status,
                r.StatusChangedAt, r.StatusChangedBy, r.UpdatedAt, r.UpdatedBy,
            }).FirstOrDefaultAsync();
        if (header is null) return null;

        var sections = await db.Sections.AsNoTracking().Where(s => s.RoadmapId == id).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.Position, s.Number, s.Title }).ToListAsync();
        var measures = await db.Measures.AsNoTracking().Where(m => m.Section!.RoadmapId == id)
            .OrderBy(m => m.Position)
            .Select(m => new MeasureView(m.Id, m.SectionId, m.Position, m.Number, m.Title, m.DeadlineText, m.DeadlineKind, m.DeadlineNote,
                m.ResponsibleText, m.ExpectedResult, m.DocumentType, m.ExecutionScope, m.BiasListYear, m.AssignedSchools.Count,
                m.ReportRequired, new List<DateOnly>()))
            .ToListAsync();
        var checkpoints = (await db.Checkpoints.AsNoTracking().Where(c => c.Measure!.Section!.RoadmapId == id)
                .OrderBy(c => c.DueDate).Select(c => new { c.MeasureId, c.DueDate }).ToListAsync())
            .ToLookup(c => c.MeasureId, c => c.DueDate);
        var bySection = measures.Select(m => m with { Checkpoints = checkpoints[m.Id].ToList() }).ToLookup(m => m.SectionId);

        return new RoadmapView(header.Id, header.Title, header.Level, header.SchoolId, header.SchoolName, header.OwnerOrganization,
            header.OrderNumber, header.OrderDate, header.OrderSignedBy, header.PeriodStart, header.PeriodEnd, header.Goal, header.Tasks,
            header.Status, header.StatusChangedAt, header.StatusChangedBy, header.UpdatedAt, header.UpdatedBy,
            sections.Select(s => new SectionView(s.Id, s.Position, s.Number, s.Title, bySection[s.Id].ToList())).ToList());
    }
}
