using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sosva.Objectivity.Domain.Auditing;

namespace Sosva.Objectivity.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Changes).HasColumnType("jsonb");
        builder.HasIndex(a => a.Timestamp);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200).IsRequired().UseCollation(Collations.Russian);
        builder.HasOne(u => u.School).WithMany().HasForeignKey(u => u.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
