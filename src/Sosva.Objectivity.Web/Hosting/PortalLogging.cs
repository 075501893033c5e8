using Serilog;

namespace Sosva.Objectivity.Web.Hosting;

public static class PortalLogging
{
    /// <summary>Serilog to the console and daily files (docs/design.md#105-logs-and-interface).</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // Serilog writes the console and files; other providers (a test's log capture) still get events.
        // Each host keeps its own logger (preserveStaticLogger): otherwise the last host built in a process
        // takes over the static Log.Logger and, once disposed, silences the others' providers.
        builder.Logging.ClearProviders();
        builder.Host.UseSerilog(preserveStaticLogger: true, writeToProviders: true, configureLogger: (context, sp, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            // Last, so that it sees every property the others added.
            .Enrich.With<LogValueEscaper>());
        return builder;
    }
}
