using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Importing;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Roadmaps;

/// <summary>
/// What the roadmap forms were sent that failed with 500 or made a roadmap whose pages would: an order number longer than its
/// column, a period of ten thousand years, a school that does not exist, a table text longer than its column; and a
/// pasted table over the import's row limit. Each is answered with the form again, a Russian message and what was typed; nothing is saved.
/// </summary>
public class RoadmapFormInputTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Table = "№ п/п\tМероприятия\tСроки\tОтветственные\n" +
                                 "1.\tНормативное обеспечение\t\t\n" +
                                 "1.1.\tПоложение о ВПР\tДо 26.03.2024 г.\tРуководители ОУ\n";

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<OpenedForm> PreviewAsync(HttpClient client, string pasted)
    {
        var response = await client.PostFormAsync("/Roadmaps/Import", [new("PastedText", pasted)], "/Roadmaps/Import?handler=Read");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return new OpenedForm(client, "/Roadmaps/Import", await HttpClientExtensions.ParseAsync(response));
    }

    private static KeyValuePair<string, string>[] Confirmation(OpenedForm preview, string orderNumber, string start = "2023-09-01", string end = "2024-08-31") =>
    [
        new("Preview.Title", "Импортированный план"), new("Preview.PeriodStart", start), new("Preview.PeriodEnd", end),
        new("Preview.OrderNumber", orderNumber), new("Preview.Payload", preview.Value("Preview.Payload")),
    ];

    [Fact]
    public async Task An_import_confirmed_with_an_order_number_longer_than_its_column_is_shown_again_with_the_number_kept()
    {
        var client = await SignedInAsync(Roles.Specialist);
        var preview = await PreviewAsync(client, Table);
        var tooLong = "534-ОД/" + new string('7', 53);
        tooLong.Should().HaveLength(60);

        var refused = await preview.PostAsync(Confirmation(preview, tooLong), handler: "Confirm");

        refused.StatusCode.Should().Be(HttpStatusCode.OK, "the form comes back, not the error page");
        var page = await HttpClientExtensions.ParseAsync(refused);
        page.FieldError("Preview.OrderNumber").Should().Be("Не более 50 символов.");
        page.QuerySelector("input[name='Preview.OrderNumber']")!.GetAttribute("value").Should().Be(tooLong, "what was sent is kept to be corrected");
        page.QuerySelector("[data-testid=import-preview]").Should().NotBeNull("the preview is still there");
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(0);

        var corrected = new OpenedForm(client, "/Roadmaps/Import", page);
        (await corrected.PostAsync(Confirmation(corrected, "534-ОД"), handler: "Confirm")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.Roadmaps.Select(r => r.OrderNumber).SingleAsync())).Should().Be("534-ОД");
    }

    [Fact]
    public async Task An_import_confirmed_with_a_period_of_ten_thousand_years_is_refused()
    {
        var client = await SignedInAsync(Roles.Specialist);
        var preview = await PreviewAsync(client, Table);

        var page = await HttpClientExtensions.ParseAsync(await preview.PostAsync(Confirmation(preview, "1", "0001-01-01", "9999-12-31"), handler: "Confirm"));

        page.FieldError("Preview.PeriodEnd").Should().Be("Даты периода — с 01.01.1900 по 31.12.2999: проверьте даты.");
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_roadmap_whose_period_ends_near_the_calendars_end_is_refused_at_the_field()
    {
        var client = await SignedInAsync(Roles.Specialist);

        // «Longer than 10 years» added 10 years to 9995: past the calendar's last year, a 500.
        var response = await client.PostFormAsync("/Roadmaps/Create",
        [
            new("Input.Title", "План на века"), new("Input.Level", "Municipal"), new("Input.PeriodStart", "9995-01-01"), new("Input.PeriodEnd", "9999-12-31"),
        ]);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form comes back, not the error page");
        (await HttpClientExtensions.ParseAsync(response)).FieldError("Input.PeriodEnd").Should().Be("Даты периода — с 01.01.1900 по 31.12.2999: проверьте даты.");
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_pasted_table_over_the_row_limit_is_refused_with_the_file_imports_message()
    {
        var client = await SignedInAsync(Roles.Specialist);
        var rows = new StringBuilder("№ п/п\tМероприятия\tСроки\n1.\tРаздел\t\n");
        for (var i = 1; i < 5_000; i++) rows.Append(CultureInfo.InvariantCulture, $"1.{i}.\tМероприятие {i}\tМай 2024\n");

        var response = await client.PostFormAsync("/Roadmaps/Import", [new("PastedText", rows.ToString())], "/Roadmaps/Import?handler=Read");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HttpClientExtensions.ParseAsync(response);
        page.QuerySelector("[data-testid=import-errors]")!.TextContent.Trim().Should().Be(ImportMessages.TooManyRows(5_000));
        ImportMessages.TooManyRows(5_000).Should().Be("В таблице больше 5\u00A0000 строк — такой план не импортируется. Разделите его на несколько файлов.");
        page.QuerySelector("[data-testid=import-preview]").Should().BeNull("no preview is built");
    }

    [Fact]
    public async Task A_pasted_table_with_texts_longer_than_their_columns_is_refused_before_a_preview_that_could_not_be_saved()
    {
        var client = await SignedInAsync(Roles.Specialist);
        var table = "№ п/п\tМероприятия\tСроки\tВид документа\n" +
                    "1.\tРаздел " + new string('р', 2000) + "\t\t\n" +
                    "1.1.\tСовещание\tМай 2024\tПротокол " + new string('д', 500) + "\n";

        var page = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Roadmaps/Import", [new("PastedText", table)], "/Roadmaps/Import?handler=Read"));

        var errors = page.QuerySelector("[data-testid=import-errors]")!.TextContent;
        errors.Should().Contain("В таблице слишком длинный текст: название раздела «Раздел ррр").And.Contain("длиннее 2000 знаков")
            .And.Contain("вид документа мероприятия «Совещание» длиннее 500 знаков");
        page.QuerySelector("[data-testid=import-preview]").Should().BeNull();
    }

    [Fact]
    public async Task The_pasted_row_limit_is_the_configured_one()
    {
        await Portal.CreateUserAsync("specialist1", Roles.Specialist);
        await using var host = Portal.WithWebHostBuilder(b => b.UseSetting("Import:MaxTableRows", "3"));
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        (await client.SignInAsync("specialist1", PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var three = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Roadmaps/Import", [new("PastedText", Table)], "/Roadmaps/Import?handler=Read"));
        var four = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Roadmaps/Import",
            [new("PastedText", Table + "1.2.\tСовещание\tМай 2024\tСпециалисты УО\n")], "/Roadmaps/Import?handler=Read"));

        three.QuerySelector("[data-testid=import-preview]").Should().NotBeNull("three rows are within the limit");
        four.QuerySelector("[data-testid=import-errors]")!.TextContent.Trim().Should().Be(ImportMessages.TooManyRows(3));
    }

    [Fact]
    public async Task A_measure_for_chosen_schools_naming_a_school_that_does_not_exist_is_refused_and_the_form_kept()
    {
        var school = await Portal.CreateSchoolAsync("Школа № 1");
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var section = roadmap.Sections[0];
        var client = await SignedInAsync(Roles.Specialist);

        var response = await client.PostFormAsync($"/Roadmaps/Measure?sectionId={S(section.Id)}",
        [
            new("Input.SectionId", S(section.Id)), new("Input.Number", "1.2."), new("Input.Title", "Совещание директоров"),
            new("Input.DeadlineText", "Май 2024"), new("Input.ExecutionScope", "ChosenSchools"), new("Input.ReportRequired", "true"),
            new("Input.ChosenSchoolIds", S(school.Id)), new("Input.ChosenSchoolIds", "999999"), new("Version", "0"),
        ]);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form comes back, not the error page");
        var page = await HttpClientExtensions.ParseAsync(response);
        page.FieldError("Input.ChosenSchoolIds").Should().StartWith("Среди отмеченных есть школа, которой нет в справочнике");
        page.QuerySelector("#Input_Title")!.TextContent.Should().Be("Совещание директоров", "what was typed is kept");
        page.QuerySelector($"#school-{S(school.Id)}")!.HasAttribute("checked").Should().BeTrue("the real school stays ticked");
        (await Portal.WithDbAsync(db => db.Measures.CountAsync(m => m.Title == "Совещание директоров"))).Should().Be(0);
        (await Portal.WithDbAsync(db => db.MeasureSchools.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_school_plan_for_a_school_that_does_not_exist_is_refused_when_created_edited_or_copied()
    {
        var plan = await Portal.CreateRoadmapAsync(Table);
        var client = await SignedInAsync(Roles.Administrator);
        KeyValuePair<string, string>[] Fields(string title) =>
        [
            new("Input.Title", title), new("Input.Level", "School"), new("Input.SchoolId", "999999"),
            new("Input.PeriodStart", "2024-09-01"), new("Input.PeriodEnd", "2025-08-31"),
        ];

        foreach (var url in new[] { "/Roadmaps/Create", $"/Roadmaps/Edit/{S(plan.Id)}", $"/Roadmaps/Copy/{S(plan.Id)}" })
        {
            var form = await OpenedForm.OpenAsync(client, url);
            var fields = Fields("План несуществующей школы").Append(new("Version", form.Value("Version")));
            var response = await form.PostAsync(fields);

            response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} shows the form again, not the error page", url);
            var page = await HttpClientExtensions.ParseAsync(response);
            page.FieldError("Input.SchoolId").Should().Be("Такой школы нет в справочнике.", url);
        }
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync(r => r.SchoolId != null || r.Title == "План несуществующей школы"))).Should().Be(0);
    }
}
