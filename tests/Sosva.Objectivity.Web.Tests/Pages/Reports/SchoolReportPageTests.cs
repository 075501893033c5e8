using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Exports;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using Sosva.Objectivity.Web.Tests.Reminders;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

public class SchoolReportPageTests(PortalFactory portal) : PortalTest(portal)
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Url(string handler, int schoolId, string from = "2023-09-01", string to = "2024-08-31") =>
        $"/Reports/SchoolReport?handler={handler}&schoolId={S(schoolId)}&from={from}&to={to}";

    /// <summary>Schools A and B, the approved roadmap of the reminder tests (26.03, 10.04, 31.05.2024) and a draft one.</summary>
    private async Task<(int A, int B)> PlanAsync()
    {
        var (a, b) = await ReminderJobTests.PlanAsync(Portal);
        await Portal.CreateRoadmapAsync("№ п/п\tМероприятия\tСроки\tОтветственные\n1.\tЧерновое мероприятие\tДо 01.12.2023\tРуководители ОУ\n",
            RoadmapStatus.Draft, title: "Черновик");
        await Portal.SyncReportsAsync();
        Portal.Clock.SetToday(ReminderJobTests.Today);
        return (a.Id, b.Id);
    }

    private static async Task<XLWorkbook> WorkbookAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task The_principal_downloads_the_own_schools_report_as_excel_with_the_approved_roadmaps_checkpoints_in_the_period()
    {
        var (a, _) = await PlanAsync();
        await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.SchoolId == a && r.DueDate == ReminderJobTests.Overdue)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReportState.Accepted).SetProperty(r => r.Status, ExecutionStatus.Done)
                .SetProperty(r => r.Text, "Положение размещено на сайте")));
        var client = await SignedInAsync(Roles.Principal, a);

        var response = await client.GetAsync(Url("Excel", a, to: "2024-04-30"));

        using var workbook = await WorkbookAsync(response);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Отчёт ОО МАОУ СОШ № 1 01.09.2023–30.04.2024.xlsx");
        var sheet = workbook.Worksheet("Отчёт ОО");
        sheet.Cell(1, 1).GetString().Should().Be("Полное наименование: МАОУ СОШ № 1");
        var titles = sheet.Column(4).CellsUsed().Select(c => c.GetString()).ToList();
        titles.Should().Contain("Положение о проведении ВПР").And.Contain("Анализ результатов ВПР прошлого года");
        titles.Should().NotContain("Совещание по объективности", "31.05.2024 is after the period");
        titles.Should().NotContain("Черновое мероприятие", "a draft roadmap asks for no reports");
        var texts = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        texts.Should().Contain("Положение размещено на сайте").And.Contain("Принят").And.Contain("Срок скоро");
    }

    [Fact]
    public async Task The_pdf_has_the_school_its_measures_the_overdue_marks_and_page_numbers()
    {
        var (a, _) = await PlanAsync();
        var client = await SignedInAsync(Roles.Principal, a);

        var response = await client.GetAsync(Url("Pdf", a));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var file = new PdfFile(await response.Content.ReadAsByteArrayAsync());
        var pages = file.PagesText();
        var all = string.Join(" ", string.Join("\n", pages).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        all.Should().Contain("Полное наименование: МАОУ СОШ № 1").And.Contain("за период с 01.09.2023 по 31.08.2024")
            .And.Contain("Дорожная карта: Комплекс мер 2023/2024").And.Contain("Положение о проведении ВПР").And.Contain("Совещание по")
            .And.Contain("Просрочен").And.Contain("Руководитель ОО").And.NotContain("Черновое");
        pages[^1].Should().Contain($"Страница {pages.Count} из {pages.Count}");
    }

    [Fact]
    public async Task The_period_defaults_to_the_current_academic_year()
    {
        var (a, _) = await PlanAsync();
        var client = await SignedInAsync(Roles.Principal, a);

        var form = await client.GetDocumentAsync("/Reports/SchoolReport");
        form.QuerySelector("#from")!.GetAttribute("value").Should().Be("2023-09-01");
        form.QuerySelector("#to")!.GetAttribute("value").Should().Be("2024-08-31");
        form.QuerySelector("input[name=schoolId]")!.GetAttribute("value").Should().Be(S(a), "a principal's school is fixed");
        form.QuerySelector("select[name=schoolId]").Should().BeNull();

        using var workbook = await WorkbookAsync(await client.GetAsync("/Reports/SchoolReport?handler=Excel"));
        workbook.Worksheet("Отчёт ОО").Cell(3, 1).GetString().Should().StartWith("за период с 01.09.2023 по 31.08.2024");
    }

    [Theory]
    [InlineData("Excel")]
    [InlineData("Pdf")]
    public async Task A_principal_cannot_export_another_schools_report_and_an_unknown_school_is_not_found(string handler)
    {
        var (a, b) = await PlanAsync();
        var client = await SignedInAsync(Roles.Principal, a);

        (await client.GetAsync(Url(handler, b))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync(Url(handler, b + 1000))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(Url(handler, a))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.Methodologist)]
    [InlineData(Roles.Administrator)]
    public async Task Staff_export_any_schools_report(string role)
    {
        var (a, b) = await PlanAsync();
        var client = await SignedInAsync(role);

        var form = await client.GetDocumentAsync($"/Reports/SchoolReport?schoolId={S(b)}");
        form.QuerySelectorAll("select[name=schoolId] option").Select(o => o.TextContent).Should().Contain(["МАОУ СОШ № 1", "МКОУ СОШ № 2"]);
        form.QuerySelector("select[name=schoolId] option[selected]")!.GetAttribute("value").Should().Be(S(b));

        (await client.GetAsync(Url("Pdf", a))).StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = await WorkbookAsync(await client.GetAsync(Url("Excel", b)));
        workbook.Worksheet("Отчёт ОО").Cell(1, 1).GetString().Should().Be("Полное наименование: МКОУ СОШ № 2");
    }

    [Fact]
    public async Task Bad_dates_a_reversed_period_and_a_missing_school_are_explained_in_russian()
    {
        var (a, _) = await PlanAsync();
        var client = await SignedInAsync(Roles.Specialist);

        var bad = await HttpClientExtensions.ParseAsync(await client.GetAsync(Url("Pdf", a, from: "2024-02-30")));
        bad.FieldError("From").Should().Be("Значение «2024-02-30» недопустимо для поля «Начало периода».");

        var reversed = await HttpClientExtensions.ParseAsync(await client.GetAsync(Url("Excel", a, from: "2024-05-01", to: "2024-04-01")));
        reversed.FieldError("To").Should().Be("Конец периода раньше его начала.");

        var noSchool = await client.GetAsync("/Reports/SchoolReport?handler=Excel&from=2023-09-01&to=2024-08-31");
        noSchool.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await HttpClientExtensions.ParseAsync(noSchool)).FieldError("SchoolId").Should().Be("Выберите школу.");
    }

    [Fact]
    public async Task Signing_in_is_required()
    {
        var response = await NewClient().GetAsync("/Reports/SchoolReport?handler=Pdf&schoolId=1");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/Account/Login");
    }
}
