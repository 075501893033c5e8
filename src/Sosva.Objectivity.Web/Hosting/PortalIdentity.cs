using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sosva.Objectivity.Web.Users;

namespace Sosva.Objectivity.Web.Hosting;

public static class PortalIdentity
{
    /// <summary>Accounts and sign-in: ASP.NET Core Identity on the portal's database, its cookie, lockout and the sign-in rate limit.</summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<SignedOutSessions>();
        services.AddScoped<PasswordSignIn>();

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
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(PortalSetup.AccessDeniedLog)
                    .LogWarning("Access denied: {UserName} to {Method} {Path}{Query}", context.HttpContext.User.Identity?.Name,
                        context.Request.Method, context.Request.Path.Value, context.Request.QueryString.Value);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // Sign-out ends the session on the server too, not only in the browser.
            SignedOutSessions.Hook(options.Events);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((o, security) => o.Cookie.SecurePolicy = security.Value.CookiePolicy);

        services.AddSignInRateLimit();
        return services;
    }
}
