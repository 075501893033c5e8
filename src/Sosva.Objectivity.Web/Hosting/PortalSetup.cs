using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Serilog;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Data.Seeding;
using Sosva.Objectivity.Web.Importing;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Users;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>Service registration and the request pipeline, shared by the web host and the command line.</summary>
public static class PortalSetup
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Log category of refused authorizations (403).</summary>
    public const string AccessDeniedLog = "Sosva.Objectivity.Web.Security.AccessDenied";

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        // Serilog writes the console and files; other providers (a test's log capture) still get events.
        // Each host keeps its own logger (preserveStaticLogger): otherwise the last host built in a process
        // takes over the static Log.Logger and, once disposed, silences the others' providers.
        builder.Logging.ClearProviders();
        builder.Host.UseSerilog(preserveStaticLogger: true, writeToProviders: true, configureLogger: (context, sp, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            // Last, so that it sees every property the others added.
            .Enrich.With<LogValueEscaper>());

        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton<DisplayFormat>();
        services.Configure<RoadmapImportOptions>(config.GetSection(RoadmapImportOptions.Section));
        services.Configure<SchoolPickerOptions>(config.GetSection(SchoolPickerOptions.Section));
        services.AddSingleton<RoadmapFileReader>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoMonitoringSeeder>();
        services.AddScoped<DemoRoadmapLoader>();
        services.AddScoped<DemoReportSeeder>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<SignedOutSessions>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<Roadmaps.RoadmapGuard>();
        services.AddScoped<Reports.ReportPlanner>();
        services.AddScoped<Reports.ReportGuard>();
        services.AddScoped<Reports.ReportWorkflow>();
        services.AddOptions<Reports.EvidenceOptions>().BindConfiguration(Reports.EvidenceOptions.Section);
        services.AddSingleton<Roadmaps.RoadmapImport>();
        services.Configure<Reminders.SmtpOptions>(config.GetSection(Reminders.SmtpOptions.Section));
        services.AddOptions<Reminders.ReminderOptions>().Bind(config.GetSection(Reminders.ReminderOptions.Section))
            // Off in the «Testing» environment unless a test turns it on: tests call ReminderJob themselves.
            .PostConfigure<IHostEnvironment>((o, env) => o.Enabled ??= !env.IsEnvironment("Testing"));
        services.AddSingleton<Reminders.ReminderMailer>();
        services.AddScoped<Reminders.ReminderJob>();
        services.AddHostedService<Reminders.ReminderScheduler>();
        services.AddDbContext<AppDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<IConfiguration>().GetConnectionString("Default"))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<RussianIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        // Options that depend on configuration are read when first used (not while registering),
        // so a test host or a deployment can override them.
        services.AddOptions<IdentityOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.Value.LockoutMinutes));
        // A disabled user or a changed password ends other sessions within this interval.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
            o.ValidationInterval = TimeSpan.FromMinutes(security.Value.StampValidationMinutes));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Sosva.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // A signed-in user without the right gets a real 403 with a Russian page, not a redirect.
            // Every refusal passes here (page conventions and per-resource checks alike), so it is logged here.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(AccessDeniedLog)
                    .LogWarning("Access denied: {UserName} to {Method} {Path}{Query}", context.HttpContext.User.Identity?.Name,
                        context.Request.Method, context.Request.Path.Value, context.Request.QueryString.Value);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // Sign-out ends the session on the server too, not only in the browser.
            SignedOutSessions.Hook(options.Events);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((o, security) => o.Cookie.SecurePolicy = CookiePolicy(security.Value));
        services.AddAntiforgery(o => o.Cookie.Name = ".Sosva.Antiforgery");
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<SecurityOptions>>((o, security) => o.Cookie.SecurePolicy = CookiePolicy(security.Value));

        services.AddDataProtection()
            .SetApplicationName("Sosva.Objectivity")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, SchoolDataHandler>();
        services.AddSingleton<IAuthorizationHandler, RoadmapAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, ReportAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, MonitoringAccessHandler>();
        services.AddScoped<MonitoringGuard>();
        services.AddScoped<Monitoring.CampaignComputation>();
        services.AddScoped<Monitoring.InputImport>();

        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                options.Conventions.AuthorizePage("/Schools/Index", Policies.Staff);
                options.Conventions.AuthorizePage("/Schools/Search", Policies.Staff);
                options.Conventions.AuthorizePage("/Schools/Create", Policies.Admin);
                options.Conventions.AuthorizePage("/Schools/Edit", Policies.Admin);
                options.Conventions.AuthorizePage("/Roadmaps/Create", Policies.CreateRoadmaps);
                options.Conventions.AuthorizePage("/Roadmaps/Copy", Policies.CreateRoadmaps);
                options.Conventions.AuthorizePage("/Roadmaps/Import", Policies.ManageRoadmaps);
                options.Conventions.AuthorizePage("/Reports/My", Policies.Principal);
                options.Conventions.AuthorizePage("/Reports/Review", Policies.Staff);
                options.Conventions.AuthorizePage("/Reports/Matrix", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Notifications", Policies.Principal);
                // Monitoring: staff read, methodologists change; the school pages (Inputs, School,
                // Ranking) are checked per resource by MonitoringAccessHandler. Public is anonymous.
                options.Conventions.AuthorizePage("/Monitoring/Index", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Monitoring/Campaigns", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Monitoring/Methodologies", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Monitoring/BiasLists", Policies.Staff);
                options.Conventions.AuthorizePage("/Monitoring/Campaigns/Create", Policies.Monitoring);
                options.Conventions.AuthorizePage("/Monitoring/Campaigns/Edit", Policies.Monitoring);
                options.Conventions.AuthorizePage("/Monitoring/Campaigns/Import", Policies.Monitoring);
                options.Conventions.AuthorizePage("/Monitoring/Campaigns/Status", Policies.Monitoring);
                options.Conventions.AuthorizePage("/Monitoring/Methodologies/Copy", Policies.Monitoring);
                options.Conventions.AuthorizePage("/Monitoring/BiasLists/Import", Policies.Monitoring);
                options.Conventions.AuthorizePage("/Monitoring/Templates", Policies.Monitoring);
                options.Conventions.AllowAnonymousToFolder("/Public");
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Error");
            })
            .AddMvcOptions(o =>
            {
                RussianModelBindingMessages.Apply(o.ModelBindingMessageProvider);
                o.Filters.Add(new RequestTooLargeFilter());
                o.Filters.Add(new NoStoreDownloadsFilter());
                o.Filters.Add<ControlCharactersFilter>(ControlCharactersFilter.Order);
            });

        // Russian text as it is, not as &#x...; entities (a page of Cyrillic would be four times heavier).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
            System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Latin1Supplement,
            System.Text.Unicode.UnicodeRanges.Cyrillic, System.Text.Unicode.UnicodeRanges.GeneralPunctuation,
            System.Text.Unicode.UnicodeRanges.LetterlikeSymbols, System.Text.Unicode.UnicodeRanges.CurrencySymbols));

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSignInRateLimit();

        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Russian);
            o.SupportedCultures = [Russian];
            o.SupportedUICultures = [Russian];
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });
        services.Configure<SecurityOptions>(config.GetSection("Security"));
        services.Configure<DemoOptions>(config.GetSection("Demo"));
        return builder;
    }

    private static CookieSecurePolicy CookiePolicy(SecurityOptions security) =>
        security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

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

/// <summary>Configuration section «Security».</summary>
public sealed class SecurityOptions
{
    /// <summary>Secure-only cookies, HSTS and redirection to HTTPS. Off only for the local demo on http://localhost.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Honour X-Forwarded-* from a reverse proxy in front of the portal.</summary>
    public bool TrustForwardedHeaders { get; set; }

    public int LockoutMinutes { get; set; } = 15;
    public double StampValidationMinutes { get; set; } = 2;

    /// <summary>
    /// Sign-in attempts (form posts) a client address may make a minute; more are refused with 429 until the
    /// minute is over. 0 turns the limit off (docs/decisions/009-sign-in-guessing-and-lockout.md).
    /// </summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a browser stays trusted after a successful sign-in (it is then not held by a lockout).</summary>
    public int TrustedDeviceDays { get; set; } = 90;
}

/// <summary>Configuration section «Demo»: migrate and seed demo data at start-up. Never in production.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }
}
