using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Auditing;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Schools;

public class SchoolsTests(PortalFactory portal) : PortalTest(portal)
{
    private static KeyValuePair<string, string>[] Fields(string shortName, string fullName, string inn = "", bool rural = false,
        string principal = "", string? version = null)
    {
        var list = new List<KeyValuePair<string, string>>
        {
            new("Input.ShortName", shortName), new("Input.FullName", fullName), new("Input.Inn", inn),
            new("Input.Address", ""), new("Input.PrincipalName", principal), new("Input.IsRural", rural ? "true" : "false"),
            new("Input.IsSmall", "false"), new("Input.IsActive", "true"),
        };
        if (version is not null) list.Add(new("Version", version));
        return [.. list];
    }

    [Fact]
    public async Task Administrator_creates_a_school()
    {
        var client = await SignedInAsync(Roles.Administrator);

        var response = await client.PostFormAsync("/Schools/Create", Fields("МКОУ СОШ с. Кошай", "Муниципальное казённое … с. Кошай", "6651002740", rural: true));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var school = await Portal.WithDbAsync(db => db.Schools.SingleAsync());
        school.ShortName.Should().Be("МКОУ СОШ с. Кошай");
        school.Inn.Should().Be("6651002740");
        school.IsRural.Should().BeTrue();
        school.CreatedBy.Should().Be("administrator");
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        details.QuerySelector("[data-testid=school-name]")!.TextContent.Should().Be("МКОУ СОШ с. Кошай");
    }

    [Fact]
    public async Task Invalid_fields_show_Russian_messages_next_to_them_and_keep_what_was_typed()
    {
        var client = await SignedInAsync(Roles.Administrator);

        var response = await client.PostFormAsync("/Schools/Create", Fields("", "Полное имя школы", inn: "12345", principal: "Иванова И.И."));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HttpClientExtensions.ParseAsync(response);
        page.FieldError("Input.ShortName").Should().Be("Введите краткое наименование.");
        page.FieldError("Input.Inn").Should().Be("ИНН организации — ровно 10 цифр.");
        page.QuerySelector("#Input_FullName")!.TextContent.Trim().Should().Be("Полное имя школы");
        page.QuerySelector("#Input_Inn")!.GetAttribute("value").Should().Be("12345");
        page.QuerySelector("#Input_PrincipalName")!.GetAttribute("value").Should().Be("Иванова И.И.");
        (await Portal.WithDbAsync(db => db.Schools.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_whatever_its_case_and_spacing()
    {
        await Portal.CreateSchoolAsync("МКОУ СОШ с. Кошай");
        var client = await SignedInAsync(Roles.Administrator);

        var response = await client.PostFormAsync("/Schools/Create", Fields("мкоу  сош с. кошай", "Другое полное наименование"));

        var page = await HttpClientExtensions.ParseAsync(response);
        page.FieldError("Input.ShortName").Should().Be("Школа с таким кратким наименованием уже есть в справочнике.");
        (await Portal.WithDbAsync(db => db.Schools.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task Editing_a_school_is_in_the_audit_log_with_before_and_after()
    {
        var school = await Portal.CreateSchoolAsync("Школа 1");
        var client = await SignedInAsync(Roles.Administrator, userName: "admin1");

        var form = await OpenedForm.OpenAsync(client, $"/Schools/Edit/{school.Id}");

        var response = await form.PostAsync(Fields("Школа № 1", school.FullName, principal: "Петров П.П.", version: form.Value("Version")));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var entry = await Portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "School" && a.Action == AuditAction.Updated));
        entry.UserName.Should().Be("admin1");
        entry.EntityId.Should().Be(school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var changes = JsonDocument.Parse(entry.Changes).RootElement;
        changes.GetProperty("ShortName").GetProperty("before").GetString().Should().Be("Школа 1");
        changes.GetProperty("ShortName").GetProperty("after").GetString().Should().Be("Школа № 1");
        changes.GetProperty("PrincipalName").GetProperty("before").ValueKind.Should().Be(JsonValueKind.Null);
        changes.GetProperty("PrincipalName").GetProperty("after").GetString().Should().Be("Петров П.П.");
        changes.TryGetProperty("FullName", out _).Should().BeFalse("unchanged fields are not listed");

        var log = await client.GetDocumentAsync("/Admin/Audit?entity=School");
        log.QuerySelector("[data-testid=audit-table]")!.TextContent.Should().Contain("Школа 1").And.Contain("Школа № 1");
    }

    [Fact]
    public async Task A_concurrent_edit_is_refused_with_the_other_persons_values_and_nothing_typed_is_lost()
    {
        var school = await Portal.CreateSchoolAsync("Школа 1");
        var first = await SignedInAsync(Roles.Administrator, userName: "first");
        var second = await SignedInAsync(Roles.Administrator, userName: "second");
        var url = $"/Schools/Edit/{school.Id}";
        var firstForm = await OpenedForm.OpenAsync(first, url);
        var secondForm = await OpenedForm.OpenAsync(second, url);

        (await firstForm.PostAsync(Fields("Школа от первого", school.FullName, version: firstForm.Value("Version"))))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var refused = await secondForm.PostAsync(Fields("Школа от второго", school.FullName, inn: "6651002740", version: secondForm.Value("Version")));

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HttpClientExtensions.ParseAsync(refused);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.Should().Contain("запись изменил пользователь first");
        page.QuerySelector("[data-testid=conflicts]")!.TextContent.Should().Contain("Школа от первого");
        page.QuerySelector("#Input_ShortName")!.GetAttribute("value").Should().Be("Школа от второго");
        page.QuerySelector("#Input_Inn")!.GetAttribute("value").Should().Be("6651002740");
        (await Portal.WithDbAsync(db => db.Schools.SingleAsync())).ShortName.Should().Be("Школа от первого");

        // Saving again from the refused page is a knowing overwrite and goes through.
        var again = new OpenedForm(second, url, page);
        (await again.PostAsync(Fields("Школа от второго", school.FullName, inn: "6651002740", version: again.Value("Version"))))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.Schools.SingleAsync())).ShortName.Should().Be("Школа от второго");
    }

    [Fact]
    public async Task Deactivated_school_leaves_the_default_list_but_not_the_directory()
    {
        var school = await Portal.CreateSchoolAsync("Школа 1");
        await Portal.CreateSchoolAsync("Школа 2");
        var client = await SignedInAsync(Roles.Administrator);
        var form = await OpenedForm.OpenAsync(client, $"/Schools/Edit/{school.Id}");

        (await form.PostAsync([new("Version", form.Value("Version")), new("active", "false")], handler: "Active"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await client.GetDocumentAsync("/Schools")).Texts("[data-testid=schools-table] tbody td:first-child a").Should().Equal("Школа 2");
        (await client.GetDocumentAsync("/Schools?show=inactive")).Texts("[data-testid=schools-table] tbody td:first-child a").Should().Equal("Школа 1");
    }

    [Fact]
    public async Task List_searches_filters_and_sorts()
    {
        await Portal.CreateSchoolAsync("Б-школа", rural: true);
        await Portal.CreateSchoolAsync("А-школа", rural: true);
        await Portal.CreateSchoolAsync("В-гимназия");
        var client = await SignedInAsync(Roles.Specialist);
        const string names = "[data-testid=schools-table] tbody td:first-child a";

        (await client.GetDocumentAsync("/Schools")).Texts(names).Should().Equal("А-школа", "Б-школа", "В-гимназия");
        (await client.GetDocumentAsync("/Schools?sort=-name")).Texts(names).Should().Equal("В-гимназия", "Б-школа", "А-школа");
        (await client.GetDocumentAsync("/Schools?q=ШКОЛА")).Texts(names).Should().Equal("А-школа", "Б-школа");
        (await client.GetDocumentAsync("/Schools?rural=true&sort=-name")).Texts(names).Should().Equal("Б-школа", "А-школа");
        await Portal.CreateSchoolAsync("МКОУ СОШ п. Восточный");
        await Portal.CreateSchoolAsync("МКОУ СОШ № 2");
        await Portal.CreateSchoolAsync("МКОУ СОШ Ёлкино");
        (await client.GetDocumentAsync("/Schools?q=МКОУ")).Texts(names).Should().Equal("МКОУ СОШ № 2", "МКОУ СОШ Ёлкино", "МКОУ СОШ п. Восточный");
        (await client.GetDocumentAsync("/Schools?q=%25")).QuerySelector("[data-testid=empty]").Should().NotBeNull("'%' is not a wildcard");
    }

    [Fact]
    public async Task Specialist_and_methodologist_read_the_directory_but_cannot_change_it()
    {
        var school = await Portal.CreateSchoolAsync("Школа 1");
        foreach (var role in new[] { Roles.Specialist, Roles.Methodologist })
        {
            var client = await SignedInAsync(role);
            (await client.GetAsync("/Schools")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await client.GetAsync($"/Schools/Details/{school.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await client.GetAsync("/Schools/Create")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await client.GetAsync($"/Schools/Edit/{school.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Principal_sees_only_their_own_school()
    {
        var mine = await Portal.CreateSchoolAsync("Моя школа");
        var other = await Portal.CreateSchoolAsync("Чужая школа");
        var principal = await SignedInAsync(Roles.Principal, mine.Id);

        (await principal.GetAsync($"/Schools/Details/{mine.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await principal.GetAsync($"/Schools/Details/{other.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Schools/Details/{other.Id + 1000}")).StatusCode.Should().Be(HttpStatusCode.Forbidden,
            "a principal cannot tell which ids exist");
        (await principal.GetAsync("/Schools")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Schools/Edit/{mine.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
