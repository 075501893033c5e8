using System.Net;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages;

public class MenuAndAccessTests(PortalFactory portal) : PortalTest(portal)
{
    public static TheoryData<string, string[], string[]> Menus => new()
    {
        { Roles.Administrator, ["Главная", "Школы", "Дорожные карты", "Пользователи", "Журнал изменений"], ["Моя школа"] },
        { Roles.Specialist, ["Главная", "Школы", "Дорожные карты"], ["Пользователи", "Журнал изменений", "Моя школа"] },
        { Roles.Methodologist, ["Главная", "Школы", "Дорожные карты"], ["Пользователи", "Журнал изменений", "Моя школа"] },
        { Roles.Principal, ["Главная", "Дорожные карты", "Моя школа"], ["Школы", "Пользователи", "Журнал изменений"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task Each_role_sees_its_own_menu_and_home_page(string role, string[] shown, string[] hidden)
    {
        var school = await Portal.CreateSchoolAsync("МАОУ СОШ № 1");
        var client = await SignedInAsync(role, role == Roles.Principal ? school.Id : null);

        var home = await client.GetDocumentAsync("/");

        var menu = home.Texts("[data-testid=main-menu] a.nav-link");
        menu.Should().Contain(shown);
        menu.Should().NotContain(hidden);
        home.QuerySelector("[data-testid=home-role]")!.TextContent.Should().Be(Roles.RussianName(role));
        home.QuerySelector("[data-testid=user-menu]")!.TextContent.Should().Contain(Roles.RussianName(role));
    }

    [Fact]
    public async Task Home_page_counts_come_from_the_database()
    {
        await Portal.CreateSchoolAsync("Школа 1", rural: true);
        await Portal.CreateSchoolAsync("Школа 2", rural: true);
        await Portal.CreateSchoolAsync("Школа 3");
        var client = await SignedInAsync(Roles.Administrator);

        var home = await client.GetDocumentAsync("/");

        home.QuerySelector("[data-testid=count-schools]")!.TextContent.Should().Be("3");
        home.QuerySelector("[data-testid=count-users]")!.TextContent.Should().Be("1");
        home.QuerySelector("[data-testid=home-staff]")!.TextContent.Should().Contain("сельских — 2");
    }

    public static TheoryData<string> AdminPages => ["/Admin/Users", "/Admin/Users/Create", "/Admin/Audit"];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Principal_methodologist_and_specialist_get_403_on_admin_pages(string url)
    {
        var school = await Portal.CreateSchoolAsync("Школа 1");
        var admin = await Portal.CreateUserAsync("boss", Roles.Administrator);
        foreach (var (role, schoolId) in new[] { (Roles.Principal, (int?)school.Id), (Roles.Methodologist, null), (Roles.Specialist, null) })
        {
            var client = await SignedInAsync(role, schoolId);

            var response = await client.GetAsync(url);
            var editUser = await client.GetAsync($"/Admin/Users/Edit/{admin.Id}");

            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "{0} opening {1}", role, url);
            editUser.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            var page = await HttpClientExtensions.ParseAsync(response);
            page.QuerySelector("[data-testid=error-heading]")!.TextContent.Should().Be("Доступ запрещён");
        }
    }

    [Fact]
    public async Task Administrator_opens_admin_pages()
    {
        var client = await SignedInAsync(Roles.Administrator);

        foreach (var url in new[] { "/Admin/Users", "/Admin/Users/Create", "/Admin/Audit" })
            (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, url);
    }

    [Fact]
    public async Task Posting_to_an_admin_page_as_a_principal_changes_nothing()
    {
        var school = await Portal.CreateSchoolAsync("Школа 1");
        var principal = await SignedInAsync(Roles.Principal, school.Id);
        var token = await principal.AntiforgeryTokenAsync("/");

        var response = await principal.PostWithTokenAsync("/Admin/Users/Create", token,
        [
            new("Input.UserName", "hacker"), new("Input.FullName", "X"), new("Input.Role", Roles.Administrator),
            new("Input.Password", "Hacker1234"),
        ]);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Portal.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.UserName == "hacker")))).Should().BeFalse();
    }

    [Fact]
    public async Task Unknown_page_is_a_Russian_404()
    {
        var client = await SignedInAsync(Roles.Specialist);

        var page = await client.GetDocumentAsync("/NoSuchPage", HttpStatusCode.NotFound);

        page.QuerySelector("[data-testid=error-heading]")!.TextContent.Should().Be("Страница не найдена");
    }

    [Fact]
    public async Task Health_check_answers_without_sign_in()
    {
        var response = await NewClient().GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await NewClient().GetAsync("/Account/Login");

        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'").And.Contain("default-src 'self'");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
    }

    [Fact]
    public async Task Locking_a_user_ends_their_open_session()
    {
        var admin = await SignedInAsync(Roles.Administrator, userName: "boss");
        var victim = await Portal.CreateUserAsync("metod", Roles.Methodologist);
        var session = NewClient();
        await session.SignInAsync("metod", PortalFactory.Password);
        (await session.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{victim.Id}", [], $"/Admin/Users/Edit/{victim.Id}?handler=Lock");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await session.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the locked user's session ends");
        var login = await HttpClientExtensions.ParseAsync(await NewClient().SignInAsync("metod", PortalFactory.Password));
        // The visitor is told no more than for a wrong password; the administrator sees the lock on the user's page.
        login.QuerySelector("[data-testid=login-errors]")!.TextContent.Should().Contain("Неверное имя пользователя или пароль");
        (await admin.GetDocumentAsync($"/Admin/Users/Edit/{victim.Id}")).QuerySelector("[data-testid=lock-state]")!.TextContent
            .Should().Be("заблокирован");
    }
}
