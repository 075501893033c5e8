using Sosva.Objectivity.Web.Importing;

namespace Sosva.Objectivity.Web.Hosting;

public static class PortalFeatures
{
    /// <summary>The services of the portal's features: roadmaps, reports, monitoring, and how they show dates and names.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration config)
    {
        services.AddMemoryCache();
        services.AddSingleton<DisplayFormat>();
        services.Configure<SchoolPickerOptions>(config.GetSection(SchoolPickerOptions.Section));

        services.Configure<RoadmapImportOptions>(config.GetSection(RoadmapImportOptions.Section));
        services.AddSingleton<RoadmapFileReader>();
        services.AddSingleton<Importing.RoadmapImport>();
        services.AddScoped<Security.RoadmapGuard>();

        services.AddScoped<Execution.ReportPlanner>();
        services.AddScoped<Security.ReportGuard>();
        services.AddScoped<Execution.ReportWorkflow>();
        services.AddOptions<Execution.EvidenceOptions>().BindConfiguration(Execution.EvidenceOptions.Section);

        services.AddScoped<MonitoringGuard>();
        services.AddScoped<Scoring.CampaignComputation>();
        services.AddScoped<Scoring.InputImport>();
        services.AddSingleton<Scoring.BiasListImport>();
        return services;
    }

    /// <summary>The daily reminders (docs/design.md#64-reminders).</summary>
    public static IServiceCollection AddPortalReminders(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<Reminders.SmtpOptions>(config.GetSection(Reminders.SmtpOptions.Section));
        services.AddOptions<Reminders.ReminderOptions>().Bind(config.GetSection(Reminders.ReminderOptions.Section))
            // Off in the «Testing» environment unless a test turns it on: tests call ReminderJob themselves.
            .PostConfigure<IHostEnvironment>((o, env) => o.Enabled ??= !env.IsEnvironment("Testing"));
        services.AddSingleton<Reminders.ReminderMailer>();
        services.AddScoped<Reminders.ReminderJob>();
        services.AddHostedService<Reminders.ReminderScheduler>();
        return services;
    }
}
