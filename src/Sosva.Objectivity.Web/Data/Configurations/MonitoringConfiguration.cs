using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Web.Data.Configurations;

// Objectivity monitoring (docs/design.md#7-objectivity-monitoring; docs/decisions/005-monitoring-storage.md).
// Methodology versions are stored as JSON and never changed; inputs are raw values per campaign, school and
// indicator; results are written at compute time.

public sealed class StoredMethodologyConfiguration : IEntityTypeConfiguration<StoredMethodology>
{
    public void Configure(EntityTypeBuilder<StoredMethodology> builder)
    {
        builder.ToTable("Methodologies");
        builder.Property(m => m.Name).HasMaxLength(300).IsRequired().UseCollation(Collations.Russian);
        builder.Property(m => m.Version).HasMaxLength(50).IsRequired();
        builder.Property(m => m.Definition).HasColumnType("jsonb").IsRequired();
        builder.HasOne<StoredMethodology>().WithMany().HasForeignKey(m => m.BasedOnId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.Name, m.Version }).IsUnique();
    }
}

public sealed class MonitoringCampaignConfiguration : IEntityTypeConfiguration<MonitoringCampaign>
{
    public void Configure(EntityTypeBuilder<MonitoringCampaign> builder)
    {
        builder.ToTable("MonitoringCampaigns", t => t.HasCheckConstraint("ck_campaign_year", "\"Year\" BETWEEN 2015 AND 2100"));
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ComputedBy).HasMaxLength(256);
        builder.Property(c => c.PublishedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.InputsEditable);
        builder.HasOne(c => c.Methodology).WithMany().HasForeignKey(c => c.MethodologyId).OnDelete(DeleteBehavior.Restrict);
        // One campaign per year: «change since last year» and a school's history need no tie-break.
        builder.HasIndex(c => c.Year).IsUnique();
    }
}

public sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("IndicatorValues", t =>
        {
            // The last line of defence behind IndicatorValue.Validate: counts are never negative.
            t.HasCheckConstraint("ck_indicator_value_counts",
                "coalesce(\"OnTimeCount\", 0) >= 0 AND coalesce(\"WithErrorsCount\", 0) >= 0 AND coalesce(\"LateCount\", 0) >= 0 "
                + "AND coalesce(\"ConfirmedCount\", 0) >= 0 AND coalesce(\"NotConfirmedCount\", 0) >= 0");
        });
        builder.Property(v => v.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(v => v.OptionCode).HasMaxLength(50);
        builder.Property(v => v.EvidenceUrl).HasMaxLength(1000);
        builder.Property(v => v.Comment).HasMaxLength(2000);
        builder.Property(v => v.Version).IsRowVersion();
        builder.HasOne(v => v.Campaign).WithMany().HasForeignKey(v => v.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.School).WithMany().HasForeignKey(v => v.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.CampaignId, v.SchoolId, v.IndicatorCode }).IsUnique();
        builder.HasIndex(v => v.SchoolId);
    }
}

public sealed class SchoolResultConfiguration : IEntityTypeConfiguration<SchoolResult>
{
    public void Configure(EntityTypeBuilder<SchoolResult> builder)
    {
        builder.ToTable("SchoolResults");
        builder.Property(r => r.BandCode).HasMaxLength(50).IsRequired();
        builder.HasOne(r => r.Campaign).WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CampaignId, r.SchoolId }).IsUnique();
        builder.HasIndex(r => new { r.CampaignId, r.Rank });
        builder.HasIndex(r => r.SchoolId);
    }
}

public sealed class RecommendationTemplateConfiguration : IEntityTypeConfiguration<RecommendationTemplate>
{
    public void Configure(EntityTypeBuilder<RecommendationTemplate> builder)
    {
        builder.Property(t => t.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(4000).IsRequired();
        builder.Property(t => t.Version).IsRowVersion();
        builder.HasIndex(t => t.IndicatorCode).IsUnique();
    }
}

public sealed class SchoolRecommendationConfiguration : IEntityTypeConfiguration<SchoolRecommendation>
{
    public void Configure(EntityTypeBuilder<SchoolRecommendation> builder)
    {
        builder.Property(r => r.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Text).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne(r => r.Campaign).WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CampaignId, r.SchoolId, r.IndicatorCode }).IsUnique();
    }
}

public sealed class BiasListEntryConfiguration : IEntityTypeConfiguration<BiasListEntry>
{
    public void Configure(EntityTypeBuilder<BiasListEntry> builder)
    {
        builder.ToTable("BiasListEntries", t => t.HasCheckConstraint("ck_bias_list_year", "\"Year\" BETWEEN 2015 AND 2100"));
        builder.Property(e => e.NameAsListed).HasMaxLength(500);
        builder.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Year, e.SchoolId }).IsUnique();
        builder.HasIndex(e => e.SchoolId);
    }
}
