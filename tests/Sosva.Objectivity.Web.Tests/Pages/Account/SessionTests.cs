using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sosva.Objectivity.Web.Hosting;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Account;

/// <summary>Sessions end when they should, on the server and not only in the browser; refusals are logged
/// (docs/decisions/006-sessions-outages-backups.md).</summary>
public class SessionTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_copy_of_the_cookie_kept_from_before_sign_out_is_refused_afterwards()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        var browser = NewClient();
        var cookie = AuthCookie(await browser.SignInAsync("ivanova", PortalFactory.Password));
        var copy = ClientWithCookie(cookie);
        var otherDevice = NewClient();
        await otherDevice.SignInAsync("ivanova", PortalFactory.Password);
        (await copy.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the copied cookie is a working session before sign-out");

        (await browser.PostFormAsync("/Account/Logout", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var reused = await copy.GetAsync("/");
        reused.StatusCode.Should().Be(HttpStatusCode.Redirect, "the session was ended on the server");
        reused.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        (await ClientWithCookie(cookie).GetAsync("/Schools")).StatusCode.Should().Be(HttpStatusCode.Redirect, "refused on every page, not once");
        (await otherDevice.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "signing out ends this session only, not the user's others");
        (await browser.SignInAsync("ivanova", PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "a new sign-in is a new session");
        var ended = await Portal.WithDbAsync(db => db.UserTokens.CountAsync(t => t.LoginProvider == SignedOutSessions.LoginProvider));
        ended.Should().Be(1);
    }

    [Fact]
    public async Task A_password_change_keeps_the_changing_session_which_can_still_sign_out_for_good()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        var browser = NewClient();
        await browser.SignInAsync("ivanova", PortalFactory.Password);
        var changed = await browser.PostFormAsync("/Account/ChangePassword",
            [new("Input.OldPassword", PortalFactory.Password), new("Input.NewPassword", "NewPass123"), new("Input.ConfirmPassword", "NewPass123")]);
        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // The cookie the password change re-issued for this session, as a copy would have it.
        var copy = ClientWithCookie(AuthCookie(changed));
        (await copy.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

        await browser.PostFormAsync("/Account/Logout", []);

        (await browser.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await copy.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the refreshed sign-in kept its session id, so signing out ends it");
    }

    public static TheoryData<string> Changes => ["lock", "password"];

    /// <summary>
    /// With the production interval (Security:StampValidationMinutes, 2 by default) and the portal's clock
    /// moved forward: the other session survives until its next validation, and not a moment longer.
    /// </summary>
    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Disabling_a_user_or_changing_their_password_ends_their_other_sessions_within_the_stamp_interval(string change)
    {
        await using var portal = Portal.WithWebHostBuilder(b => b.UseSetting("Security:StampValidationMinutes", "2"));
        HttpClient Client() => portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });
        var start = DateTimeOffset.UtcNow;
        Portal.Clock.Now = start;
        var victim = await Portal.CreateUserAsync("metod", Roles.Methodologist);
        await Portal.CreateUserAsync("boss", Roles.Administrator);
        var session = Client();
        await session.SignInAsync("metod", PortalFactory.Password);
        var admin = Client();
        await admin.SignInAsync("boss", PortalFactory.Password);
        var own = Client();
        await own.SignInAsync("metod", PortalFactory.Password);

        Portal.Clock.Now = start.AddSeconds(10);
        var response = change == "lock"
            ? await admin.PostFormAsync($"/Admin/Users/Edit/{victim.Id}", [], $"/Admin/Users/Edit/{victim.Id}?handler=Lock")
            : await own.PostFormAsync("/Account/ChangePassword",
                [new("Input.OldPassword", PortalFactory.Password), new("Input.NewPassword", "NewPass123"), new("Input.ConfirmPassword", "NewPass123")]);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);

        Portal.Clock.Now = start.AddSeconds(90);
        (await session.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "within the interval the stamp is not checked yet");
        Portal.Clock.Now = start.AddMinutes(2).AddSeconds(5);
        var after = await session.GetAsync("/");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect, "at the first check after the interval the session ends");
        after.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        if (change == "password")
            (await own.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the session that changed the password stays");
    }

    [Fact]
    public async Task Every_refused_authorization_is_logged_with_the_user_and_the_address()
    {
        var own = await Portal.CreateSchoolAsync("Школа 1");
        var other = await Portal.CreateSchoolAsync("Школа 2");
        var principal = await SignedInAsync(Roles.Principal, own.Id, userName: "director1");

        (await principal.GetAsync("/Admin/Users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Schools/Details/{other.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var refusals = Portal.Logs.Where(l => l.Category == PortalSetup.AccessDeniedLog).ToList();
        refusals.Should().HaveCount(2).And.OnlyContain(l => l.Level == LogLevel.Warning && l.Message.Contains("director1"));
        // Serilog quotes string properties: «Access denied: "director1" to "GET" "/Admin/Users"».
        refusals.Select(l => l.Message).Should().Contain(m => m.Contains("\"/Admin/Users\""), "a page-level rule (folder convention)")
            .And.Contain(m => m.Contains($"\"/Schools/Details/{other.Id}\""), "a per-resource rule (another school)");
    }

    [Fact]
    public async Task Sign_in_attempts_of_a_locked_and_of_an_unknown_account_are_logged()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        for (var i = 0; i < 5; i++) await NewClient().SignInAsync("ivanova", "Wrong1234");

        await NewClient().SignInAsync("ivanova", PortalFactory.Password);
        await NewClient().SignInAsync("nobody", "Wrong1234");

        // Seven attempts, seven warnings: four wrong passwords, the fifth that locks the account and the right
        // password while locked (both refused as locked out), and a name nobody has.
        var messages = Portal.Logs.Where(l => l.Level == LogLevel.Warning && l.Message.StartsWith("Sign-in", StringComparison.Ordinal))
            .Select(l => l.Message).ToList();
        messages.Should().HaveCount(7);
        messages.Count(m => m.Contains("Sign-in failed for \"ivanova\"")).Should().Be(4);
        messages.Count(m => m.Contains("Sign-in refused for \"ivanova\"") && m.Contains("locked out")).Should().Be(2);
        messages.Should().ContainSingle(m => m.Contains("Sign-in failed for \"nobody\""));
    }

    /// <summary>The sign-in cookie a response sets, as «name=value» for a Cookie header.</summary>
    private static string AuthCookie(HttpResponseMessage response)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Where(v => v.StartsWith(".Sosva.Auth=", StringComparison.Ordinal)).Select(v => v.Split(';')[0]).LastOrDefault()
            : null;
        cookie.Should().NotBeNull("the response signs in");
        return cookie!;
    }

    /// <summary>A client that sends <paramref name="cookie"/> as it is — someone who copied it.</summary>
    private HttpClient ClientWithCookie(string cookie)
    {
        var client = Portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost"),
        });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
