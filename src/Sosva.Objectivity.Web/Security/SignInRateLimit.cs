using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sosva.Objectivity.Web.Security;

/// <summary>
/// Sign-in attempts per client address (docs/decisions/009-sign-in-guessing-and-lockout.md): a fixed window
/// of <see cref="SecurityOptions.SignInAttemptsPerMinute"/> form posts to the sign-in page a minute; more are
/// answered 429 with the Russian «Слишком много попыток входа» page and a Retry-After. Nothing else is limited.
/// </summary>
public static class SignInRateLimit
{
    public const string SignInPath = "/Account/Login";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
        {
            var perMinute = security.Value.SignInAttemptsPerMinute;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                perMinute > 0 && HttpMethods.IsPost(context.Request.Method)
                              && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase)
                    // Partitions are cached by key: the limited ones must never share a key with the unlimited one.
                    ? RateLimitPartition.GetFixedWindowLimiter("sign-in " + context.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
            options.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimit))
                    .LogWarning("Sign-in attempts from {RemoteIp} over the limit of {PerMinute} a minute: refused",
                        context.HttpContext.Connection.RemoteIpAddress?.ToString(), perMinute);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
