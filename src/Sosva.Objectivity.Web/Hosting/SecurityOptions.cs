namespace Sosva.Objectivity.Web.Hosting;

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

    /// <summary>The authentication and antiforgery cookies: secure-only unless HTTPS is off.</summary>
    internal CookieSecurePolicy CookiePolicy => RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}

/// <summary>Configuration section «Demo»: migrate and seed demo data at start-up. Never in production.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }
}
