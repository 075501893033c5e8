using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Execution;

namespace Sosva.Objectivity.Web.Pages;

/// <summary>The home page of each role, with real counts from the database.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, DisplayFormat format, ReportPlanner planner) : PageModel
{
    public string Role { get; private set; } = "";
    public int ActiveSchools { get; private set; }
    public int RuralSchools { get; private set; }
    public int SmallSchools { get; private set; }
    public int Users { get; private set; }
    public int LockedUsers { get; private set; }
    public int ChangesToday { get; private set; }
    public int DraftRoadmaps { get; private set; }
    public int ApprovedRoadmaps { get; private set; }
    public int Measures { get; private set; }
    public int UpcomingCheckpoints { get; private set; }

    /// <summary>For a principal: the own school and what it has to do.</summary>
    public string? SchoolName { get; private set; }
    public int? SchoolId { get; private set; }
    public int AssignedMeasures { get; private set; }
    public int OwnPlans { get; private set; }

    /// <summary>Execution reports: for a principal the own school's by group, for staff all schools'.</summary>
    public IReadOnlyDictionary<MyGroup, int> MyReports { get; private set; } = new Dictionary<MyGroup, int>();
    public int ReportsToReview { get; private set; }
    public int ReportsOverdue { get; private set; }
    public int SchoolsWithOverdue { get; private set; }

    /// <summary>For monitoring staff: the latest campaign and how far it has come.</summary>
    public MonitoringSummary? Monitoring { get; private set; }

    public sealed record MonitoringSummary(int Id, int Year, CampaignStatus Status, int CompleteSchools, int ScoredSchools, int LowSchools);

    public async Task OnGetAsync()
    {
        Role = User.RoleOf() ?? "";
        var now = clock.GetUtcNow();
        var today = format.Today();

        if (Role == Roles.Principal)
        {
            SchoolId = Policies.SchoolIdOf(User);
            SchoolName = await db.Schools.Where(s => s.Id == SchoolId).Select(s => s.ShortName).FirstOrDefaultAsync(HttpContext.RequestAborted);
            var assigned = await planner.MeasuresOfSchoolAsync(SchoolId ?? 0, HttpContext.RequestAborted);
            AssignedMeasures = assigned.Count;
            UpcomingCheckpoints = assigned.SelectMany(m => m.Checkpoints).Count(d => d >= today && d <= today.AddDays(30));
            OwnPlans = await db.Roadmaps.CountAsync(r => r.Level == RoadmapLevel.School && r.SchoolId == SchoolId, HttpContext.RequestAborted);
            MyReports = (await db.ExecutionReports.Where(r => r.SchoolId == SchoolId && r.IsRequired)
                    .Select(r => new { r.State, r.DueDate }).ToListAsync(HttpContext.RequestAborted))
                .GroupBy(r => Execution.MyReports.GroupOf(ReportProgressRule.Of(r.State, r.DueDate, today)))
                .ToDictionary(g => g.Key, g => g.Count());
            return;
        }

        // Counts of one table in one round trip each: the staff home page is the busiest page
        // (docs/performance.md#regional-and-national-scale).
        var schools = await db.Schools.Where(s => s.IsActive).GroupBy(_ => 1)
            .Select(g => new { All = g.Count(), Rural = g.Count(s => s.IsRural), Small = g.Count(s => s.IsSmall) }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        (ActiveSchools, RuralSchools, SmallSchools) = (schools?.All ?? 0, schools?.Rural ?? 0, schools?.Small ?? 0);
        var roadmaps = await db.Roadmaps.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        DraftRoadmaps = roadmaps.GetValueOrDefault(RoadmapStatus.Draft);
        ApprovedRoadmaps = roadmaps.GetValueOrDefault(RoadmapStatus.Approved);
        Measures = await db.Measures.CountAsync(m => m.Section!.Roadmap!.Status == RoadmapStatus.Approved, HttpContext.RequestAborted);
        UpcomingCheckpoints = await db.Checkpoints.CountAsync(c =>
            c.Measure!.Section!.Roadmap!.Status == RoadmapStatus.Approved && c.DueDate >= today && c.DueDate <= today.AddDays(30), HttpContext.RequestAborted);

        ReportsToReview = await db.ExecutionReports.CountAsync(r => r.IsRequired && r.State == ReportState.Submitted, HttpContext.RequestAborted);
        var overdue = db.ExecutionReports.Where(r => r.IsRequired && r.DueDate < today).WaitingOnSchool();
        // Both from the partial index IX_ExecutionReports_Waiting.
        var late = await overdue.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Schools = g.Select(r => r.SchoolId).Distinct().Count() }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        (ReportsOverdue, SchoolsWithOverdue) = (late?.Count ?? 0, late?.Schools ?? 0);

        if (User.CanChangeMonitoring())
            Monitoring = await MonitoringSummaryAsync();

        if (User.IsAdmin())
        {
            Users = await db.Users.CountAsync(HttpContext.RequestAborted);
            LockedUsers = await db.Users.CountAsync(u => u.LockoutEnd != null && u.LockoutEnd > now, HttpContext.RequestAborted);
            var startOfDay = format.StartOfDay(today);
            ChangesToday = await db.AuditEntries.CountAsync(a => a.Timestamp >= startOfDay, HttpContext.RequestAborted);
        }
    }

    private async Task<MonitoringSummary?> MonitoringSummaryAsync()
    {
        var c = await db.MonitoringCampaigns.OrderByDescending(x => x.Year).Select(x => new { x.Id, x.Year, x.Status }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (c is null) return null;
        var complete = await db.IndicatorValues.Where(v => v.CampaignId == c.Id).GroupBy(v => v.SchoolId)
            .CountAsync(g => g.Count() >= 6, HttpContext.RequestAborted); // the preset's six entered indicators (P4 comes from the bias lists)
        var scored = await db.SchoolResults.CountAsync(r => r.CampaignId == c.Id, HttpContext.RequestAborted);
        var low = await db.SchoolResults.CountAsync(r => r.CampaignId == c.Id && r.BandCode == Methodologies.Low, HttpContext.RequestAborted);
        return new MonitoringSummary(c.Id, c.Year, c.Status, complete, scored, low);
    }
}
