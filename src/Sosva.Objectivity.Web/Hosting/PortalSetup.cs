using System.Globalization;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// Service registration, shared by the web host and the command line; the request pipeline is
/// <see cref="PortalPipeline.UsePortal"/>. Each part is in its own file beside this one.
/// </summary>
public static class PortalSetup
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Log category of refused authorizations (403).</summary>
    public const string AccessDeniedLog = "Sosva.Objectivity.Web.Security.AccessDenied";

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        builder.AddPortalLogging();
        services.AddPortalData(config);
        services.AddPortalFeatures(config);
        // Registered before the data-protection and health-check services, so the hosted services start in the same order as ever.
        services.AddPortalReminders(config);
        services.AddPortalIdentity();
        services.AddPortalSecurity(config);
        services.AddPortalPages();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
