using Sosva.Objectivity.Web.Data.Seeding;

namespace Sosva.Objectivity.Web.Hosting;

public static class PortalData
{
    /// <summary>The database: the context with its audit interceptor, who and when it stamps, the seeders, the health check.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<AppDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<IConfiguration>().GetConnectionString("Default"))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));

        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoMonitoringSeeder>();
        services.AddScoped<DemoRoadmapLoader>();
        services.AddScoped<DemoReportSeeder>();
        services.Configure<DemoOptions>(config.GetSection("Demo"));
        return services;
    }
}
