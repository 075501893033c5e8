using Microsoft.Extensions.Options;
using Serilog;

namespace Sosva.Objectivity.Web.Hosting;

public static class PortalPipeline
{
    /// <summary>The request pipeline, in the order a request passes it.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        var security = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (security.TrustForwardedHeaders) app.UseForwardedHeaders();

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        if (security.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // The host's own logger: with preserveStaticLogger the middleware's default, the static Log.Logger, is silent.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        // Inside request logging (which then records the 503) and around everything that reads the database.
        app.UseMiddleware<DatabaseOutageMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<OptionsRequestMiddleware>();

        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
