using System.Net;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Admin;

public class UsersTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task Administrator_creates_a_principal_bound_to_a_school_who_then_sees_it()
    {
        var school = await Portal.CreateSchoolAsync("МКОУ СОШ с. Кошай");
        var admin = await SignedInAsync(Roles.Administrator);

        var response = await admin.PostFormAsync("/Admin/Users/Create",
        [
            new("Input.UserName", "koshai"), new("Input.FullName", "Смирнова Ольга Ивановна"), new("Input.Role", Roles.Principal),
            new("Input.SchoolId", school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Password", "Koshai2024"),
        ]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var principal = NewClient();
        (await principal.SignInAsync("koshai", "Koshai2024")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var home = await principal.GetDocumentAsync("/");
        home.QuerySelector("[data-testid=home-principal]")!.TextContent.Should().Contain("МКОУ СОШ с. Кошай");
        (await admin.GetDocumentAsync("/Admin/Users")).QuerySelector("[data-testid=users-table]")!.TextContent
            .Should().Contain("koshai").And.Contain("Руководитель ОО").And.Contain("МКОУ СОШ с. Кошай");
    }

    [Fact]
    public async Task A_principal_without_a_school_is_refused()
    {
        var admin = await SignedInAsync(Roles.Administrator);

        var response = await admin.PostFormAsync("/Admin/Users/Create",
        [
            new("Input.UserName", "nobody"), new("Input.FullName", "Без школы"), new("Input.Role", Roles.Principal),
            new("Input.SchoolId", ""), new("Input.Password", "Nobody2024"),
        ]);

        var page = await HttpClientExtensions.ParseAsync(response);
        page.FieldError("Input.SchoolId").Should().Contain("привязан к школе");
        page.QuerySelector("#Input_UserName")!.GetAttribute("value").Should().Be("nobody");
        (await Portal.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "nobody"))).Should().BeFalse();
    }

    [Fact]
    public async Task Duplicate_user_name_and_weak_password_are_explained()
    {
        await Portal.CreateUserAsync("taken", Roles.Specialist);
        var admin = await SignedInAsync(Roles.Administrator);

        var duplicate = await HttpClientExtensions.ParseAsync(await admin.PostFormAsync("/Admin/Users/Create",
        [
            new("Input.UserName", "taken"), new("Input.FullName", "Кто-то"), new("Input.Role", Roles.Specialist), new("Input.Password", "Strong2024"),
        ]));
        var weak = await HttpClientExtensions.ParseAsync(await admin.PostFormAsync("/Admin/Users/Create",
        [
            new("Input.UserName", "fresh"), new("Input.FullName", "Кто-то"), new("Input.Role", Roles.Specialist), new("Input.Password", "12345678"),
        ]));

        duplicate.FieldError("Input.UserName").Should().Be("Пользователь с именем «taken» уже существует.");
        weak.FieldError("Input.Password").Should().Contain("строчную").And.Contain("заглавную");
    }

    [Fact]
    public async Task Administrator_resets_a_password_and_unlocks_a_locked_account()
    {
        var user = await Portal.CreateUserAsync("metod", Roles.Methodologist);
        for (var i = 0; i < 5; i++) await NewClient().SignInAsync("metod", "Wrong1234");
        var admin = await SignedInAsync(Roles.Administrator);
        var url = $"/Admin/Users/Edit/{user.Id}";
        (await admin.GetDocumentAsync(url)).QuerySelector("[data-testid=lock-state]")!.TextContent.Should().StartWith("заблокирован до");

        var reset = await admin.PostFormAsync(url, [new("NewPassword", "Fresh2024x")], $"{url}?handler=Password");
        reset.StatusCode.Should().Be(HttpStatusCode.Redirect, await reset.Content.ReadAsStringAsync());
        (await admin.PostFormAsync(url, [], $"{url}?handler=Unlock")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await admin.GetDocumentAsync(url)).QuerySelector("[data-testid=lock-state]")!.TextContent.Should().Be("активен");
        (await NewClient().SignInAsync("metod", "Fresh2024x")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Changing_a_role_takes_effect_and_the_change_is_audited()
    {
        var user = await Portal.CreateUserAsync("metod", Roles.Methodologist);
        var session = NewClient();
        await session.SignInAsync("metod", PortalFactory.Password);
        var admin = await SignedInAsync(Roles.Administrator);
        var url = $"/Admin/Users/Edit/{user.Id}";

        (await admin.PostFormAsync(url, [new("Input.FullName", "Новое ФИО"), new("Input.Role", Roles.Specialist), new("Input.SchoolId", "")]))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await session.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "a change of rights ends the sessions");
        var again = NewClient();
        await again.SignInAsync("metod", PortalFactory.Password);
        (await again.GetDocumentAsync("/")).QuerySelector("[data-testid=home-role]")!.TextContent.Should().Be("Специалист УО");
        var changes = await Portal.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "AppUser").Select(a => a.Changes).ToListAsync());
        changes.Should().Contain(c => c.Contains("Новое ФИО"));
    }

    [Fact]
    public async Task Administrator_cannot_lock_out_or_demote_themselves()
    {
        var me = await Portal.CreateUserAsync("boss", Roles.Administrator);
        var admin = NewClient();
        await admin.SignInAsync("boss", PortalFactory.Password);
        var url = $"/Admin/Users/Edit/{me.Id}";

        var demote = await HttpClientExtensions.ParseAsync(await admin.PostFormAsync(url,
            [new("Input.FullName", "Я"), new("Input.Role", Roles.Specialist), new("Input.SchoolId", "")]));
        await admin.PostFormAsync(url, [], $"{url}?handler=Lock");

        demote.FieldError("Input.Role").Should().Contain("Нельзя снять роль администратора");
        (await admin.GetAsync("/Admin/Users")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Password_hashes_never_reach_the_audit_log()
    {
        await Portal.CreateUserAsync("metod", Roles.Methodologist);

        var changes = await Portal.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "AppUser").Select(a => a.Changes).ToListAsync());

        changes.Should().NotBeEmpty();
        changes.Should().OnlyContain(c => !c.Contains("PasswordHash") && !c.Contains("AQAAAA"));
    }
}
