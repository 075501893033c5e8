using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Data.Configurations;

public sealed class ExecutionReportConfiguration : IEntityTypeConfiguration<ExecutionReport>
{
    public void Configure(EntityTypeBuilder<ExecutionReport> builder)
    {
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.HasContent);
        // A measure with reports is not deleted behind the schools' backs: the page deletes empty
        // reports first and refuses when work would be lost.
        builder.HasOne(r => r.Measure).WithMany().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Files).WithOne(f => f.Report!).HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.MeasureId, r.SchoolId, r.DueDate }).IsUnique();
        // «Мои мероприятия» and the review queue.
        builder.HasIndex(r => new { r.SchoolId, r.DueDate });
        builder.HasIndex(r => new { r.State, r.SubmittedAt });
        // At regional scale (100,000 reports, docs/performance.md#regional-and-national-scale) counting them from the
        // table took 30–70 ms a query: reports still waiting for the school (overdue counts on the home page, the
        // daily reminders)…
        builder.HasIndex(r => r.DueDate, "IX_ExecutionReports_Waiting")
            .HasFilter("\"IsRequired\" AND \"State\" IN ('Draft', 'Returned')").IncludeProperties(r => r.SchoolId);
        // …and the review queue, oldest submission first.
        builder.HasIndex(r => new { r.SubmittedAt, r.Id }, "IX_ExecutionReports_Submitted")
            .HasFilter("\"IsRequired\" AND \"State\" = 'Submitted'");
    }
}

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(256).IsRequired();
        builder.HasOne(f => f.Content).WithOne().HasForeignKey<EvidenceContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.ReportId);
    }
}

public sealed class EvidenceContentConfiguration : IEntityTypeConfiguration<EvidenceContent>
{
    public void Configure(EntityTypeBuilder<EvidenceContent> builder)
    {
        builder.HasKey(c => c.FileId);
        builder.Property(c => c.FileId).ValueGeneratedNever();
        builder.Property(c => c.Data).IsRequired();
    }
}

public sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.By).HasMaxLength(256).IsRequired();
        builder.HasIndex(e => new { e.ReportId, e.At });
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(n => n.Report).WithMany().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ReportId, n.Kind }).IsUnique();
        builder.HasIndex(n => new { n.SchoolId, n.ReadAt });
    }
}
