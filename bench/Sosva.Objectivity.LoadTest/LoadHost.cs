using Sosva.Objectivity.Web.Data.Seeding;
using Sosva.Objectivity.Web.Hosting;

namespace Sosva.Objectivity.LoadTest;

/// <summary>
/// The portal as bench/load.sh runs it (docs/performance.md#regional-and-national-scale): the portal's own services and
/// pipeline, plus the baseline page <c>/Bench/Fortunes</c> of this assembly, which the shipped portal does not have.
/// </summary>
public static class LoadHost
{
    /// <summary>
    /// A builder that is the portal's: its application name, so that configuration (user secrets in Development) and
    /// the Razor Pages found are the portal's, as when it runs on its own.
    /// </summary>
    public static WebApplicationBuilder CreatePortalBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(PortalSetup).Assembly.GetName().Name,
        });

    /// <summary>Adds the baseline page (Pages/Bench/Fortunes of this assembly) to the portal's pages.</summary>
    public static IServiceCollection AddFortunesBaseline(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(LoadHost).Assembly);
        return services;
    }

    /// <summary>`serve`: the portal, as its Program.cs starts it, with the baseline page.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = CreatePortalBuilder(args);
        builder.AddPortal();
        builder.Services.AddFortunesBaseline();
        var app = builder.Build();
        app.UsePortal();
        await DatabaseInitializer.PrepareForDemoAsync(app.Services);
        await app.RunAsync();
        return 0;
    }
}
