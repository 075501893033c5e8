using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using Sosva.Objectivity.Web.Exports;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Admin;

/// <summary>The audit log page (docs/design.md#102-data) lists changes with filters by user, entity and date, and
/// exports them to Excel.</summary>
public class AuditTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly TimeSpan Yekaterinburg = TimeSpan.FromHours(5);

    private static KeyValuePair<string, string>[] School(string shortName) =>
    [
        new("Input.ShortName", shortName), new("Input.FullName", "Полное наименование: " + shortName), new("Input.IsActive", "true"),
    ];

    /// <summary>
    /// Day 1 at 02:30 in the portal's time zone (the evening before in UTC) admin1 creates a school; day 2
    /// at noon admin2 creates another and a roadmap is created by the system.
    /// </summary>
    private async Task<(DateOnly Day1, DateOnly Day2, HttpClient Admin)> ChangesOnTwoDaysAsync()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Yekaterinburg).DateTime);
        var (day1, day2) = (today.AddDays(-2), today.AddDays(-1));
        Portal.Clock.Now = new DateTimeOffset(day1, new TimeOnly(2, 30), Yekaterinburg);
        var admin1 = await SignedInAsync(Roles.Administrator, userName: "admin1");
        (await admin1.PostFormAsync("/Schools/Create", School("Школа Первая"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        Portal.Clock.Now = new DateTimeOffset(day2, new TimeOnly(12, 0), Yekaterinburg);
        var admin2 = await SignedInAsync(Roles.Administrator, userName: "admin2");
        (await admin2.PostFormAsync("/Schools/Create", School("Школа Вторая"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await Portal.CreateRoadmapAsync("№\tМероприятие\tСроки\n1.\tСовещание\tМай 2024\n");
        return (day1, day2, admin2);
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Audit_log_filters_by_user_entity_and_the_portals_calendar_day()
    {
        var (day1, day2, admin) = await ChangesOnTwoDaysAsync();

        var byUser = await admin.GetDocumentAsync("/Admin/Audit?userName=admin1");
        var byEntity = await admin.GetDocumentAsync("/Admin/Audit?entity=School");
        var byDay1 = await admin.GetDocumentAsync($"/Admin/Audit?entity=School&from={D(day1)}&to={D(day1)}");
        var fromDay2 = await admin.GetDocumentAsync($"/Admin/Audit?from={D(day2)}");
        var roadmaps = await admin.GetDocumentAsync("/Admin/Audit?entity=Roadmap&userName=system");

        Rows(byUser).Should().ContainSingle().Which.Should().Contain("admin1").And.Contain("Школа Первая");
        Rows(byEntity).Should().HaveCount(2).And.OnlyContain(r => r.Contains("Школа"));
        Rows(byEntity)[0].Should().Contain("Школа Вторая", "newest first");
        Rows(byDay1).Should().ContainSingle("02:30 local time is on day 1 although it is the evening before in UTC")
            .Which.Should().Contain("Школа Первая").And.Contain(day1.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " 02:30");
        Rows(fromDay2).Should().NotContain(r => r.Contains("Школа Первая")).And.Contain(r => r.Contains("Школа Вторая"));
        Rows(roadmaps).Should().ContainSingle().Which.Should().Contain("Дорожная карта").And.Contain("система");
        byEntity.QuerySelector("#entity option[selected]")!.TextContent.Should().Be("Школа");
        byEntity.QuerySelector("[data-testid=audit-excel]")!.GetAttribute("href").Should().Contain("handler=Excel").And.Contain("entity=School");
    }

    [Fact]
    public async Task Audit_log_exports_what_the_filters_select_to_Excel()
    {
        var (_, day2, admin) = await ChangesOnTwoDaysAsync();

        var response = await admin.GetAsync("/Admin/Audit?handler=Excel&entity=School");
        var own = await admin.GetAsync("/Admin/Audit?handler=Excel&userName=admin1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(AuditExcelExport.Sheet);
        sheet.Cell(2, 1).GetString().Should().Contain("объект «Школа»");
        Enumerable.Range(1, 6).Select(c => sheet.Cell(4, c).GetString()).Should().Equal("Когда", "Кто", "Объект", "№ объекта", "Действие", "Изменения");
        sheet.Cell(5, 1).DataType.Should().Be(XLDataType.DateTime, "dates are dates, not text");
        sheet.Cell(5, 1).GetDateTime().Should().Be(day2.ToDateTime(new TimeOnly(12, 0)), "in the portal's time zone");
        sheet.Cell(5, 2).GetString().Should().Be("admin2");
        sheet.Cell(5, 3).GetString().Should().Be("Школа");
        sheet.Cell(5, 5).GetString().Should().Be("создание");
        sheet.Cell(5, 6).GetString().Should().Contain("Краткое название: Школа Вторая");
        sheet.Cell(6, 6).GetString().Should().Contain("Краткое название: Школа Первая");
        sheet.Cell(7, 1).IsEmpty().Should().BeTrue("only the two schools' entries");
        sheet.AutoFilter.IsEnabled.Should().BeTrue();
        sheet.SheetView.SplitRow.Should().Be(4, "the header stays in view");
        using var ownBook = new XLWorkbook(await own.Content.ReadAsStreamAsync());
        ownBook.Worksheet(1).RangeUsed()!.RowsUsed().Skip(3).Should().ContainSingle().Which.Cell(2).GetString().Should().Be("admin1");
    }

    private static List<string> Rows(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-testid=audit-table] tbody tr").Select(r => r.TextContent).ToList();

    [Fact]
    public void Changes_are_shown_in_russian_field_names_and_values()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, Sosva.Objectivity.Web.Data.AuditInterceptor.Change>
        {
            ["State"] = new("Draft", "Submitted"),
            ["SubmittedAt"] = new(null, "2026-11-22T17:38:29.8714795+00:00"),
            ["IsRequired"] = new("True", "False"),
            ["Text"] = new(null, "Draft of the order"),
            ["SomethingNew"] = new("1", "2"),
        });

        Sosva.Objectivity.Web.AuditLog.AuditText.Describe(json).Should().Equal(
            ("Состояние", "черновик", "на проверке"),
            ("Отправлено", null, "22.11.2026 17:38 UTC"),
            ("Требуется", "да", "нет"),
            ("Текст", null, "Draft of the order"),
            ("SomethingNew", "1", "2"));
    }
}
