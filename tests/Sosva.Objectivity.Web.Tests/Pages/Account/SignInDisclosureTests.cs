using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Account;

/// <summary>
/// Sign-in tells an anonymous visitor nothing about accounts, a guesser cannot lock the department out, and a
/// typed name cannot forge a log line (docs/decisions/009-sign-in-guessing-and-lockout.md). The timing of the
/// refusals is measured by bench/signin-timing.sh, not here.
/// </summary>
public partial class SignInDisclosureTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task Unknown_name_wrong_password_lockout_and_an_administrators_lock_get_one_identical_answer()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        await Portal.CreateUserAsync("petrova", Roles.Specialist);
        await Portal.CreateUserAsync("sidorova", Roles.Specialist);
        for (var i = 0; i < 5; i++) await NewClient().SignInAsync("petrova", "Wrong1234");
        await Portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "sidorova")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.MaxValue)));

        var unknown = await AnswerAsync("kuznetsova", "Wrong1234");
        var wrong = await AnswerAsync("ivanova", "Wrong1234");
        var lockedOut = await AnswerAsync("petrova", PortalFactory.Password);
        var disabled = await AnswerAsync("sidorova", PortalFactory.Password);

        unknown.Should().Contain("Неверное имя пользователя или пароль");
        wrong.Should().Be(unknown, "a wrong password reads as an unknown name");
        lockedOut.Should().Be(unknown, "a lockout is not announced, even for the right password");
        disabled.Should().Be(unknown, "neither is an administrator's lock");
        Portal.Logs.Select(l => l.Message).Should()
            .Contain(m => m.Contains("\"kuznetsova\"") && m.Contains("no such user"))
            .And.Contain(m => m.Contains("\"petrova\"") && m.Contains("locked out until"))
            .And.Contain(m => m.Contains("\"sidorova\"") && m.Contains("disabled by an administrator"), "the real reason goes to the log");
    }

    [Fact]
    public async Task A_browser_that_signed_in_before_is_not_held_by_a_lockout_that_guessing_caused()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        var own = NewClient();
        (await own.SignInAsync("ivanova", PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await own.PostFormAsync("/Account/Logout", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var guesser = NewClient();
        for (var i = 0; i < 6; i++) await guesser.SignInAsync("ivanova", "Guess" + i + "xyz");
        (await Portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "ivanova").Select(u => u.LockoutEnd).SingleAsync()))
            .Should().BeAfter(DateTimeOffset.UtcNow, "the guesses locked the account");

        (await guesser.SignInAsync("ivanova", PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the guesser's browser is held");
        (await NewClient().SignInAsync("ivanova", PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "so is any new browser");
        var signedIn = await own.SignInAsync("ivanova", PortalFactory.Password);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the user's own browser is trusted");
        (await own.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sign_in_attempts_over_the_limit_from_one_address_are_refused_with_429_in_Russian()
    {
        await Portal.CreateUserAsync("ivanova", Roles.Specialist);
        await using var limited = Portal.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Security:SignInAttemptsPerMinute"] = "3" })));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await client.SignInAsync("ivanova", "Wrong1234")).StatusCode);
        var refused = await client.SignInAsync("ivanova", PortalFactory.Password);

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the right password waits for the minute too");
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Слишком много попыток").And.Contain("попыток входа подряд");
        (await Portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "ivanova").Select(u => u.AccessFailedCount).SingleAsync()))
            .Should().Be(3, "refused attempts never reach the password check, so they count toward no lockout");
        (await client.GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK, "only sign-in posts are limited");
    }

    private const string Forged =
        "x\r\n2026-12-02 10:00:00.000 +05:00 [INF] Sosva.Objectivity.Web.Security.PasswordSignIn: Sign-in succeeded for admin from \"10.0.0.1\"\u202E";

    [Fact]
    public async Task A_user_name_with_a_line_break_reaches_the_log_escaped_on_its_own_line()
    {
        await NewClient().SignInAsync(Forged, "Wrong1234");

        var failed = Portal.Logs.Where(l => l.Message.Contains("Sign-in failed", StringComparison.Ordinal)).Select(l => l.Message).ToList();
        failed.Should().ContainSingle().Which.Should().Contain(@"x\r\n2026-12-02").And.Contain(@"\u202E");
        Portal.Logs.Should().NotContain(l => l.Message.Contains('\n') || l.Message.Contains('\r') || l.Message.Contains('\u202E'),
            "no logged value brings a line break or an invisible character of its own");
    }

    /// <summary>The same through the file sink with the production template (appsettings.json): one line, as it happened.</summary>
    [Fact]
    public void The_log_file_gets_one_line_for_an_event_whose_value_holds_a_forged_line()
    {
        var folder = Directory.CreateTempSubdirectory("sosva-log-");
        try
        {
            using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(
                Path.Combine(PostgresServer.RepositoryRoot, "src", "Sosva.Objectivity.Web", "appsettings.json")));
            var template = settings.RootElement.GetProperty("Serilog").GetProperty("WriteTo")[1].GetProperty("Args").GetProperty("outputTemplate").GetString()!;
            var path = Path.Combine(folder.FullName, "portal.log");
            using (var logger = new Serilog.LoggerConfiguration().Enrich.With<Sosva.Objectivity.Web.Hosting.LogValueEscaper>()
                       .WriteTo.File(path, outputTemplate: template, formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger())
            {
                logger.Warning("Sign-in failed for {UserName} from {RemoteIp}: no such user", Forged, "127.0.0.1");
                logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "GET", "/a\r\nb", 200);
            }

            var lines = File.ReadAllLines(path);
            lines.Should().HaveCount(2, "two events, two lines");
            lines[0].Should().Contain(@"Sign-in failed for x\r\n2026-12-02 10:00:00.000").And.Contain(@"\u202E");
            lines[1].Should().Contain(@"/a\r\nb");
            lines.Should().NotContain(l => l.StartsWith("2026-12-02 10:00:00.000", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The sign-in page's answer as a visitor sees it: the page without its per-request token.</summary>
    private async Task<string> AnswerAsync(string userName, string password)
    {
        var response = await NewClient().SignInAsync(userName, password);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HttpClientExtensions.ParseAsync(response);
        page.QuerySelector("#Input_UserName")!.SetAttribute("value", "");
        var main = page.QuerySelector("main")?.InnerHtml ?? page.Body!.InnerHtml;
        return AntiforgeryToken().Replace(main, "");
    }

    [GeneratedRegex(@"value=""CfDJ8[^""]*""")]
    private static partial Regex AntiforgeryToken();

}
