using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Sosva.Objectivity.Web.Security;

/// <summary>
/// Sessions ended by signing out (docs/decisions/006-sessions-outages-backups.md). The sign-in cookie is
/// self-contained: signing out only tells the browser to forget it, and a copy kept elsewhere would stay
/// valid until it expires. So every sign-in gets a session id in the cookie's properties; signing out
/// records that id in AspNetUserTokens (login provider <see cref="LoginProvider"/>, with the time the
/// cookie would have expired), and a cookie of a recorded session is refused on every request. Only this
/// session ends; the user's other devices stay signed in (a password change or a lock ends those, through
/// the security stamp).
/// </summary>
public sealed class SignedOutSessions(AppDbContext db, TimeProvider clock)
{
    public const string LoginProvider = "[SignedOut]";
    private const string SessionItem = ".sosva.session";

    /// <summary>Gives a new sign-in its session id; a refreshed sign-in (password change) keeps its own.</summary>
    public static void Stamp(AuthenticationProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (!properties.Items.ContainsKey(SessionItem))
            properties.Items[SessionItem] = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
    }

    /// <summary>Records the session of <paramref name="ticket"/> as ended; forgets ended sessions whose cookies have expired anyway.</summary>
    public async Task EndAsync(ClaimsPrincipal user, AuthenticationProperties ticket, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !ticket.Items.TryGetValue(SessionItem, out var session) || session is null) return;
        var now = clock.GetUtcNow();
        var expires = ticket.ExpiresUtc ?? now.AddDays(1);
        var ended = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider).ToListAsync(ct);
        db.UserTokens.RemoveRange(ended.Where(t => !DateTimeOffset.TryParse(t.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) || at < now));
        if (!ended.Any(t => t.Name == session))
        {
            db.UserTokens.Add(new IdentityUserToken<string>
            {
                UserId = userId, LoginProvider = LoginProvider, Name = session,
                Value = expires.ToString("O", CultureInfo.InvariantCulture),
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The same session signed out twice at once (a double click): it is recorded, which is all that matters.
        }
    }

    /// <summary>Whether the cookie belongs to a session that was signed out (one primary-key lookup).</summary>
    public Task<bool> IsEndedAsync(ClaimsPrincipal user, AuthenticationProperties ticket, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !ticket.Items.TryGetValue(SessionItem, out var session) || session is null) return Task.FromResult(false);
        return db.UserTokens.AnyAsync(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == session, ct);
    }

    /// <summary>The cookie events: stamp sessions at sign-in; refuse ended ones before the security-stamp check.</summary>
    public static void Hook(CookieAuthenticationEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = context =>
        {
            Stamp(context.Properties);
            return signingIn(context);
        };
        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            if (context.Principal is { } principal
                && await context.HttpContext.RequestServices.GetRequiredService<SignedOutSessions>()
                    .IsEndedAsync(principal, context.Properties, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }
            await validate(context);
        };
    }
}
