using Microsoft.EntityFrameworkCore.Design;

namespace Sosva.Objectivity.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the portal.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time")
            .Options);
}
