using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Sosva.Objectivity.Web.Hosting;

public static class PortalSecurity
{
    /// <summary>
    /// Who may do what (the named policies and the per-resource handlers, docs/design.md#22-where-the-rules-live),
    /// antiforgery, the data-protection keys every instance shares, and the «Security» settings.
    /// </summary>
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SecurityOptions>(config.GetSection("Security"));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });

        services.AddAntiforgery(o => o.Cookie.Name = ".Sosva.Antiforgery");
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<SecurityOptions>>((o, security) => o.Cookie.SecurePolicy = security.Value.CookiePolicy);

        // In the database, so that several instances read each other's cookies and tokens (docs/design.md#104-scale).
        services.AddDataProtection()
            .SetApplicationName("Sosva.Objectivity")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, SchoolDataHandler>();
        services.AddSingleton<IAuthorizationHandler, RoadmapAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, ReportAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, MonitoringAccessHandler>();
        return services;
    }
}
