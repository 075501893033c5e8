using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Account;

public class LoginTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task Correct_password_signs_in_and_opens_the_home_page()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        var client = NewClient();

        var response = await client.SignInAsync("ivanova", PortalFactory.Password);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/");
        var home = await client.GetDocumentAsync("/");
        home.QuerySelector("[data-testid=home-role]")!.TextContent.Should().Be("Специалист УО");
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith(".Sosva.Auth=") && c.Contains("secure") && c.Contains("httponly"));
    }

    [Fact]
    public async Task Wrong_password_says_so_in_Russian_and_counts_toward_lockout()
    {
        var user = await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        var client = NewClient();

        var response = await client.SignInAsync("ivanova", "Wrong1234");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HttpClientExtensions.ParseAsync(response);
        page.QuerySelector("[data-testid=login-errors]")!.TextContent.Should().Contain("Неверное имя пользователя или пароль");
        page.QuerySelector("#Input_UserName")!.GetAttribute("value").Should().Be("ivanova", "what was typed is kept");
        var failed = await Portal.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync());
        failed.Should().Be(1);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "nobody is signed in");
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        var response = await NewClient().SignInAsync("nobody", "Wrong1234");

        var page = await HttpClientExtensions.ParseAsync(response);
        page.QuerySelector("[data-testid=login-errors]")!.TextContent.Should().Contain("Неверное имя пользователя или пароль");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_without_saying_so_to_the_visitor()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        var client = NewClient();
        for (var i = 0; i < 5; i++) await client.SignInAsync("ivanova", "Wrong1234");

        var response = await client.SignInAsync("ivanova", PortalFactory.Password);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "even the right password is refused while locked");
        var message = (await HttpClientExtensions.ParseAsync(response)).QuerySelector("[data-testid=login-errors]")!.TextContent;
        message.Should().Contain("Неверное имя пользователя или пароль").And.NotContain("заблокирована до");
        var lockoutEnd = await Portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "ivanova").Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(15), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Every_sign_in_attempt_is_logged()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);

        await NewClient().SignInAsync("ivanova", "Wrong1234");
        await NewClient().SignInAsync("ivanova", PortalFactory.Password);

        var messages = Portal.Logs.Select(l => l.Message).ToList();
        messages.Should().Contain(m => m.Contains("Sign-in failed") && m.Contains("ivanova"));
        messages.Should().Contain(m => m.Contains("Sign-in succeeded") && m.Contains("ivanova"));
        Portal.Logs.Should().Contain(l => l.Message.Contains("Sign-in failed") && l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Every_request_is_in_the_log_with_its_status_and_time()
    {
        // The load test reads server times from these lines; once they went silently to the static logger.
        await NewClient().GetAsync("/Account/Login");

        Portal.Logs.Should().Contain(l => l.Category == "Serilog.AspNetCore.RequestLoggingMiddleware" && l.Level == LogLevel.Information
                                          && l.Message.Contains("/Account/Login") && l.Message.Contains("responded 200 in"));
    }

    [Fact]
    public async Task Empty_form_shows_messages_next_to_the_fields()
    {
        var response = await NewClient().PostFormAsync("/Account/Login", [new("Input.UserName", ""), new("Input.Password", "")]);

        var page = await HttpClientExtensions.ParseAsync(response);
        page.FieldError("Input.UserName").Should().Be("Введите имя пользователя.");
        page.FieldError("Input.Password").Should().Be("Введите пароль.");
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        var client = NewClient();

        var response = await client.PostFormAsync("/Account/Login",
            [new("Input.UserName", "ivanova"), new("Input.Password", PortalFactory.Password), new("ReturnUrl", "https://evil.example/")]);

        response.Headers.Location!.OriginalString.Should().Be("/");
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_back()
    {
        var response = await NewClient().GetAsync("/Schools");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Login?ReturnUrl=%2FSchools");
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        var client = await SignedInAsync(Roles.Specialist);

        var response = await client.PostFormAsync("/Account/Logout", []);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Logout_by_GET_does_not_sign_out()
    {
        var client = await SignedInAsync(Roles.Specialist);

        (await client.GetAsync("/Account/Logout")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
