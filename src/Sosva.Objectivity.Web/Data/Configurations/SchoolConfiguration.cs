using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sosva.Objectivity.Domain.Schools;

namespace Sosva.Objectivity.Web.Data.Configurations;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        // Names sort as Russian readers expect («№ 2» before «п. Восточный»), whatever the database's default.
        builder.Property(s => s.FullName).HasMaxLength(500).IsRequired().UseCollation(Collations.Russian);
        builder.Property(s => s.ShortName).HasMaxLength(200).IsRequired().UseCollation(Collations.Russian);
        builder.Property(s => s.PrincipalName).UseCollation(Collations.Russian);
        builder.Property(s => s.Inn).HasMaxLength(10);
        builder.Property(s => s.Address).HasMaxLength(500);
        builder.Property(s => s.PrincipalName).HasMaxLength(200);
        builder.Property(s => s.Version).IsRowVersion();
        // Two schools with one name would make every report ambiguous. Compared case-insensitively
        // by the page; the index is the last line of defence.
        builder.HasIndex(s => s.FullName).IsUnique();
        builder.HasIndex(s => s.ShortName).IsUnique();
    }
}
