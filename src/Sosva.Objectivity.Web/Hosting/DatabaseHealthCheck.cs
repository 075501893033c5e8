using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>/healthz: healthy while the database answers.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("База данных доступна")
            : HealthCheckResult.Unhealthy("База данных недоступна");
}
