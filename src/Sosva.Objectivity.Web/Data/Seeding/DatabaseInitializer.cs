using Microsoft.Extensions.Options;

namespace Sosva.Objectivity.Web.Data.Seeding;

/// <summary>Applies migrations and seeds. Automatic at start-up only in demo mode; otherwise the `migrate` command.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(ct);
    }

    public static async Task PrepareForDemoAsync(IServiceProvider services, CancellationToken ct = default)
    {
        if (!services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled) return;
        await MigrateAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DemoMonitoringSeeder>().SeedAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DemoReportSeeder>().SeedAsync(ct);
    }
}
