using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sosva.Objectivity.Web.Security;

/// <summary>
/// Sign-in by name and password that tells an anonymous visitor nothing about the account
/// (docs/decisions/009-sign-in-guessing-and-lockout.md):
/// - every refusal — unknown name, wrong password, an account locked after failed attempts, an account an
///   administrator disabled — gives the same answer and costs one password-hash verification, so neither the
///   page nor its timing tells which it was; the reason goes to the log;
/// - a browser the user has signed in with before carries a trusted-device cookie and is not held by the
///   lockout that wrong passwords from elsewhere caused: someone guessing can lock out guessers, not the
///   department. Wrong passwords from a trusted device still count.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    IDataProtectionProvider protection,
    IOptions<SecurityOptions> security,
    TimeProvider clock,
    ILogger<PasswordSignIn> log)
{
    /// <summary>The trusted-device cookie: the ids of the users who signed in with this browser, protected.</summary>
    public const string DeviceCookie = ".Sosva.Device";

    private const int MaxUsersPerDevice = 5;

    /// <summary>A hash of a random password with the hasher's current settings: what an unknown name is checked against.</summary>
    private static string? _decoyHash;

    private IDataProtector Protector => protection.CreateProtector("Sosva.Objectivity.TrustedDevice");

    public async Task<bool> SignInAsync(HttpContext http, string userName, string password, bool remember)
    {
        ArgumentNullException.ThrowIfNull(http);
        var ip = http.Connection.RemoteIpAddress?.ToString();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            SpendOneVerification(password);
            log.LogWarning("Sign-in failed for {UserName} from {RemoteIp}: no such user", userName, ip);
            return false;
        }

        var trusted = TrustedUsers(http).Contains(user.Id);
        if (IsDisabled(user))
        {
            SpendOneVerification(password);
            log.LogWarning("Sign-in refused for {UserName} from {RemoteIp}: disabled by an administrator", userName, ip);
            return false;
        }
        if (await users.IsLockedOutAsync(user) && !trusted)
        {
            SpendOneVerification(password);
            log.LogWarning("Sign-in refused for {UserName} from {RemoteIp}: locked out until {LockoutEnd} after failed attempts",
                userName, ip, user.LockoutEnd);
            return false;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
                log.LogWarning("Sign-in refused for {UserName} from {RemoteIp}: wrong password, now locked out until {LockoutEnd}", userName, ip, user.LockoutEnd);
            else
                log.LogWarning("Sign-in failed for {UserName} from {RemoteIp}: wrong password", userName, ip);
            return false;
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, remember);
        Trust(http, user.Id);
        log.LogInformation("Sign-in succeeded for {UserName} from {RemoteIp}{Trusted}", userName, ip,
            trusted ? " (trusted device)" : "");
        return true;
    }

    /// <summary>An administrator's lock («заблокирована администратором»): lockout end at the far future.</summary>
    public static bool IsDisabled(AppUser user) => user.LockoutEnd is { } end && end > DateTimeOffset.MaxValue.AddYears(-1);

    /// <summary>The same work as checking a real password, for the refusals that need none.</summary>
    private void SpendOneVerification(string password)
    {
        var decoy = _decoyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
        hasher.VerifyHashedPassword(new AppUser(), decoy, password);
    }

    private HashSet<string> TrustedUsers(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(DeviceCookie, out var value) || string.IsNullOrEmpty(value)) return [];
        try
        {
            var parts = Protector.Unprotect(value).Split('|');
            // The first part is when the cookie was issued; a trusted device is trusted for the cookie's lifetime.
            if (parts.Length < 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
                || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued) > TrustedFor) return [];
            return [.. parts.Skip(1).Where(id => id.Length > 0)];
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }

    private void Trust(HttpContext http, string userId)
    {
        var ids = TrustedUsers(http).Where(id => id != userId).Prepend(userId).Take(MaxUsersPerDevice);
        var value = Protector.Protect(string.Join('|', ids.Prepend(clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))));
        http.Response.Cookies.Append(DeviceCookie, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = security.Value.RequireHttps || http.Request.IsHttps,
            IsEssential = true,
            Expires = clock.GetUtcNow().Add(TrustedFor),
            Path = "/Account",
        });
    }

    private TimeSpan TrustedFor => TimeSpan.FromDays(security.Value.TrustedDeviceDays);
}
