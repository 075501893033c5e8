using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Auditing;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Web.Data;

/// <summary>
/// The one context of the portal: Identity, the domain, the audit log and data-protection keys.
/// </summary>
/// <remarks>
/// New migration: <c>dotnet ef migrations add NAME -p src/Sosva.Objectivity.Web -o Data/Migrations</c>
/// (the tool is pinned in <c>dotnet-tools.json</c>; <c>dotnet tool restore</c> first).
/// </remarks>
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<School> Schools => Set<School>();
    public DbSet<Roadmap> Roadmaps => Set<Roadmap>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<Checkpoint> Checkpoints => Set<Checkpoint>();
    public DbSet<MeasureSchool> MeasureSchools => Set<MeasureSchool>();
    public DbSet<ExecutionReport> ExecutionReports => Set<ExecutionReport>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();
    public DbSet<ReportEvent> ReportEvents => Set<ReportEvent>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<StoredMethodology> Methodologies => Set<StoredMethodology>();
    public DbSet<MonitoringCampaign> MonitoringCampaigns => Set<MonitoringCampaign>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<SchoolResult> SchoolResults => Set<SchoolResult>();
    public DbSet<RecommendationTemplate> RecommendationTemplates => Set<RecommendationTemplate>();
    public DbSet<SchoolRecommendation> SchoolRecommendations => Set<SchoolRecommendation>();
    public DbSet<BiasListEntry> BiasListEntries => Set<BiasListEntry>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Keys come from a sequence in blocks (hi-lo), so an added entity has its id before the
        // insert and the audit entry written in the same SaveChanges can name it.
        builder.UseHiLo(); // default sequence name: a custom one does not round-trip through the model snapshot
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
