using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Data.Configurations;

public sealed class RoadmapConfiguration : IEntityTypeConfiguration<Roadmap>
{
    /// <summary>Column lengths the forms validate against (a longer text was a 500 from PostgreSQL).</summary>
    public const int TitleLength = 1000;

    /// <inheritdoc cref="TitleLength"/>
    public const int OrderNumberLength = 50;

    public void Configure(EntityTypeBuilder<Roadmap> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(TitleLength).IsRequired();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OwnerOrganization).HasMaxLength(500);
        builder.Property(r => r.OrderNumber).HasMaxLength(OrderNumberLength);
        builder.Property(r => r.OrderSignedBy).HasMaxLength(200);
        builder.Property(r => r.StatusChangedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.IsAcademicPeriod);
        builder.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sections).WithOne(s => s.Roadmap!).HasForeignKey(s => s.RoadmapId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Level, r.Status });
        builder.ToTable(t => t.HasCheckConstraint("ck_roadmap_period", "\"PeriodEnd\" >= \"PeriodStart\""));
        builder.ToTable(t => t.HasCheckConstraint("ck_roadmap_school_level",
            "(\"Level\" = 'School') = (\"SchoolId\" IS NOT NULL)"));
    }
}

public sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    /// <summary>The title's column length, which an import checks before a draft is made.</summary>
    public const int TitleLength = 2000;

    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Number).HasMaxLength(20);
        builder.Property(s => s.Title).HasMaxLength(TitleLength).IsRequired();
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasMany(s => s.Measures).WithOne(m => m.Section!).HasForeignKey(m => m.SectionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RoadmapId, s.Position });
    }
}

public sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    /// <summary>The document type's column length, which an import checks before a draft is made.</summary>
    public const int DocumentTypeLength = 500;

    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.Property(m => m.Number).HasMaxLength(20);
        builder.Property(m => m.Title).IsRequired();
        builder.Property(m => m.DeadlineKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ExecutionScope).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.DeadlineNote).HasMaxLength(500);
        builder.Property(m => m.DocumentType).HasMaxLength(DocumentTypeLength);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasMany(m => m.Checkpoints).WithOne(c => c.Measure!).HasForeignKey(c => c.MeasureId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.AssignedSchools).WithOne(a => a.Measure!).HasForeignKey(a => a.MeasureId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.SectionId, m.Position });
    }
}

public sealed class CheckpointConfiguration : IEntityTypeConfiguration<Checkpoint>
{
    public void Configure(EntityTypeBuilder<Checkpoint> builder)
    {
        builder.HasIndex(c => new { c.MeasureId, c.DueDate }).IsUnique();
        builder.HasIndex(c => c.DueDate);
    }
}

public sealed class MeasureSchoolConfiguration : IEntityTypeConfiguration<MeasureSchool>
{
    public void Configure(EntityTypeBuilder<MeasureSchool> builder)
    {
        builder.HasKey(a => new { a.MeasureId, a.SchoolId });
        builder.HasOne(a => a.School).WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.SchoolId);
    }
}
