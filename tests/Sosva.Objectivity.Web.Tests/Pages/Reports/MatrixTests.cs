using System.Net;
using AngleSharp.Dom;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

/// <summary>The execution matrix (measures × schools): states of the cells, filters, totals and its Excel copy.</summary>
public class MatrixTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>ReportKit's three measures and 2.2 with two checkpoints, 31.01.2024 and 31.05.2024.</summary>
    private const string Table = ReportKit.Table +
                                 "2.2.\tМониторинг сайтов школ\tЯнварь, май 2024\tРуководители ОУ\tСправка\n";

    private const string SchoolC = "МОУ СОШ № 3";

    private sealed record Setup(int RoadmapId, int Section1, int Section2, int A, int B, int C, Dictionary<string, int> Measures);

    /// <summary>
    /// On 05.04.2024: 1.1 (26.03) A accepted, B submitted, C overdue; 1.2 (10.04) A due soon, B returned, C due soon;
    /// 2.1 (31.05) not due everywhere; 2.2 January accepted at A (cell: May, not due, 1/2), January left at B (overdue),
    /// January submitted at C.
    /// </summary>
    private async Task<Setup> SetupAsync()
    {
        var a = await Portal.CreateSchoolAsync(SchoolA);
        var b = await Portal.CreateSchoolAsync(SchoolB);
        var c = await Portal.CreateSchoolAsync(SchoolC);
        var roadmap = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved, title: RoadmapTitle);
        await Portal.SyncReportsAsync();
        Portal.Clock.SetToday(Today);
        var measures = roadmap.Sections.SelectMany(s => s.Measures).ToDictionary(m => m.Number!, m => m.Id);
        (await Portal.WithDbAsync(db => db.ExecutionReports.CountAsync())).Should().Be(15, "five checkpoints for three schools");

        async Task Set(int school, string measure, ReportState state, DateOnly? due = null) =>
            (await Portal.WithDbAsync(db => db.ExecutionReports
                .Where(r => r.SchoolId == school && r.MeasureId == measures[measure] && (due == null || r.DueDate == due))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state)))).Should().BePositive();
        await Set(a.Id, "1.1.", ReportState.Accepted);
        await Set(b.Id, "1.1.", ReportState.Submitted);
        await Set(b.Id, "1.2.", ReportState.Returned);
        await Set(a.Id, "2.2.", ReportState.Accepted, new DateOnly(2024, 1, 31));
        await Set(c.Id, "2.2.", ReportState.Submitted, new DateOnly(2024, 1, 31));
        return new Setup(roadmap.Id, roadmap.Sections[0].Id, roadmap.Sections[1].Id, a.Id, b.Id, c.Id, measures);
    }

    private static string MatrixUrl(Setup s, string query = "") => $"/Reports/Matrix/{S(s.RoadmapId)}{query}";

    /// <summary>The grid as text: the schools' header, then per measure row its number and each school's data-state («–» for no cell).</summary>
    private static (IReadOnlyList<string> Schools, IReadOnlyList<string> Rows) Grid(IDocument page)
    {
        var table = page.QuerySelector("[data-testid=matrix]");
        if (table is null) return ([], []);
        var schools = table.QuerySelectorAll("thead th.matrix-school").Select(th => th.TextContent.Trim()).ToList();
        var rows = table.QuerySelectorAll("tbody tr").Where(tr => tr.QuerySelector("td.matrix-measure") is not null)
            .Select(tr => tr.QuerySelector("td.matrix-measure strong")!.TextContent + " " + string.Join(" ",
                tr.QuerySelectorAll("td.matrix-slot").Select(td => td.QuerySelector("a")?.GetAttribute("data-state") ?? "–")))
            .ToList();
        return (schools, rows);
    }

    private static string Summary(IDocument page) => page.QuerySelector("h1")!.ParentElement!.NextElementSibling!.TextContent.Trim();

    [Fact]
    public async Task The_matrix_shows_every_measure_for_every_school_with_the_earliest_unaccepted_checkpoint_and_totals()
    {
        var s = await SetupAsync();
        var specialist = await SignedInAsync(Roles.Specialist);

        var page = await specialist.GetDocumentAsync(MatrixUrl(s));

        var (schools, rows) = Grid(page);
        schools.Should().Equal(SchoolA, SchoolB, SchoolC);
        rows.Should().Equal(
            "1.1. Accepted Submitted Overdue",
            "1.2. DueSoon Returned DueSoon",
            "2.1. NotDue NotDue NotDue",
            "2.2. NotDue Overdue Submitted");
        page.QuerySelectorAll("[data-testid=matrix] tbody th").Select(th => th.TextContent.Trim())
            .Should().Equal("1. Нормативное обеспечение", "2. Методическая работа");
        var a22 = page.QuerySelectorAll("[data-testid=matrix] tbody tr").Single(tr => tr.TextContent.Contains("2.2.", StringComparison.Ordinal))
            .QuerySelectorAll("td.matrix-slot a").ToList();
        a22.Select(x => x.TextContent).Should().Equal("1/2", "0/2", "0/2");
        a22.Select(x => x.GetAttribute("title")!.Split(',')[0]).Should().Equal(["Срок не наступил", "Просрочен", "На проверке"],
            "the tooltip, the link's description, names the state for the mouse and the screen reader");
        var mayReportOfA = await Portal.WithDbAsync(db => db.ExecutionReports
            .SingleAsync(r => r.SchoolId == s.A && r.MeasureId == s.Measures["2.2."] && r.DueDate == new DateOnly(2024, 5, 31)));
        a22[0].GetAttribute("href").Should().Be(Url(mayReportOfA.Id), "the cell opens the checkpoint that needs attention");

        Summary(page).Should().Be("На 05.04.2024: ячеек 12, принято 1, на проверке 2, с просрочкой 2.");
        page.QuerySelectorAll("[data-testid=school-total]").Select(t => t.FirstChild!.TextContent.Trim() + " " + t.QuerySelector("span")!.TextContent)
            .Should().Equal("1/4 0", "0/4 1", "0/4 1");
        page.QuerySelectorAll("[data-testid=matrix] tbody tr").Where(tr => tr.QuerySelector("td.matrix-measure") is not null)
            .Select(tr => tr.Children[^1].TextContent.Trim()).Should().Equal("1/3", "0/3", "0/3", "0/3");
    }

    [Fact]
    public async Task Filters_by_section_school_and_state_narrow_rows_columns_and_cells()
    {
        var s = await SetupAsync();
        var specialist = await SignedInAsync(Roles.Methodologist);

        var section = Grid(await specialist.GetDocumentAsync(MatrixUrl(s, $"?sectionId={S(s.Section2)}")));
        section.Rows.Should().Equal("2.1. NotDue NotDue NotDue", "2.2. NotDue Overdue Submitted");

        var school = await specialist.GetDocumentAsync(MatrixUrl(s, $"?schoolId={S(s.B)}"));
        Grid(school).Schools.Should().Equal(SchoolB);
        Grid(school).Rows.Should().Equal("1.1. Submitted", "1.2. Returned", "2.1. NotDue", "2.2. Overdue");
        Summary(school).Should().Be("На 05.04.2024: ячеек 4, принято 0, на проверке 1, с просрочкой 1.");
        school.QuerySelector("#schoolId option[selected]")!.TextContent.Should().Be(SchoolB, "the filter stays chosen");

        var overdue = Grid(await specialist.GetDocumentAsync(MatrixUrl(s, "?state=Overdue")));
        overdue.Schools.Should().Equal(SchoolB, SchoolC);
        overdue.Rows.Should().Equal("1.1. – Overdue", "2.2. Overdue –");

        var combined = Grid(await specialist.GetDocumentAsync(MatrixUrl(s, $"?sectionId={S(s.Section1)}&state=DueSoon")));
        combined.Schools.Should().Equal(SchoolA, SchoolC);
        combined.Rows.Should().Equal("1.2. DueSoon DueSoon");

        var none = await specialist.GetDocumentAsync(MatrixUrl(s, $"?sectionId={S(s.Section2)}&state=Accepted"));
        none.QuerySelector("[data-testid=empty]")!.TextContent.Should().Contain("Нет отчётов по выбранным условиям.");
    }

    [Fact]
    public async Task The_excel_export_has_the_measures_by_schools_with_states_and_totals()
    {
        var s = await SetupAsync();
        var specialist = await SignedInAsync(Roles.Specialist);

        var response = await specialist.GetAsync(MatrixUrl(s, "?handler=Excel"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith("Исполнение").And.EndWith(".xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Исполнение");
        sheet.Cell(1, 1).GetString().Should().Be("Исполнение дорожной карты: " + RoadmapTitle);
        sheet.Cell(2, 1).GetString().Should().Be("По состоянию на 05.04.2024");
        sheet.Row(4).Cells(1, 9).Select(c => c.GetString()).Should().Equal(
            "Раздел", "№", "Мероприятие", SchoolA, SchoolB, SchoolC, "Принято", "Просрочено", "Всего");
        var rows = Enumerable.Range(5, 4).Select(r => sheet.Row(r).Cells(1, 9).Select(c => c.GetString()).ToList()).ToList();
        rows.Should().BeEquivalentTo(new List<string>[]
        {
            ["1. Нормативное обеспечение", "1.1.", "Положение о проведении ВПР", "Принят", "На проверке", "Просрочен", "1", "1", "3"],
            ["1. Нормативное обеспечение", "1.2.", "Анализ результатов ВПР прошлого года", "Срок скоро", "Возвращён", "Срок скоро", "0", "0", "3"],
            ["2. Методическая работа", "2.1.", "Совещание по объективности", "Срок не наступил", "Срок не наступил", "Срок не наступил", "0", "0", "3"],
            ["2. Методическая работа", "2.2.", "Мониторинг сайтов школ", "Срок не наступил (1/2)", "Просрочен (0/2)", "На проверке (0/2)", "0", "1", "3"],
        }, o => o.WithStrictOrdering());
        sheet.Cell(5, 2).DataType.Should().Be(XLDataType.Text, "a measure number «1.1.» is text, not the 1st of January");
        sheet.Cell(5, 7).DataType.Should().Be(XLDataType.Number, "totals are numbers");
        sheet.Cell(9, 3).GetString().Should().Be("Принято / просрочено / всего");
        sheet.Row(9).Cells(4, 6).Select(c => c.GetString()).Should().Equal("1 / 0 / 4", "0 / 1 / 4", "0 / 1 / 4");
        sheet.SheetView.SplitRow.Should().Be(4, "the header row is frozen");
        sheet.AutoFilter.IsEnabled.Should().BeTrue();
    }

    [Fact]
    public async Task The_excel_export_follows_the_filters()
    {
        var s = await SetupAsync();
        var specialist = await SignedInAsync(Roles.Specialist);

        var response = await specialist.GetAsync(MatrixUrl(s, "?handler=Excel&state=Overdue"));

        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Исполнение");
        sheet.Row(4).Cells(3, 5).Select(c => c.GetString()).Should().Equal("Мероприятие", SchoolB, SchoolC);
        sheet.Column(3).CellsUsed().Select(c => c.GetString()).Should().Equal(
            "Мероприятие", "Положение о проведении ВПР", "Мониторинг сайтов школ", "Принято / просрочено / всего");
        sheet.Cell(5, 5).GetString().Should().Be("Просрочен");
        sheet.Cell(5, 4).GetString().Should().BeEmpty("school B has no overdue cell on 1.1");
    }

    [Fact]
    public async Task A_school_report_not_required_any_more_leaves_the_matrix()
    {
        var s = await SetupAsync();
        await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.SchoolId == s.C && r.MeasureId == s.Measures["1.1."])
            .ExecuteUpdateAsync(x => x.SetProperty(r => r.IsRequired, false)));
        var specialist = await SignedInAsync(Roles.Specialist);

        var page = await specialist.GetDocumentAsync(MatrixUrl(s));

        Grid(page).Rows[0].Should().Be("1.1. Accepted Submitted –");
        Summary(page).Should().Be("На 05.04.2024: ячеек 11, принято 1, на проверке 2, с просрочкой 1.");
    }

    [Fact]
    public async Task A_school_that_joins_the_plan_is_in_the_matrix_at_once_though_the_school_list_is_kept_a_minute()
    {
        var s = await SetupAsync();
        var specialist = await SignedInAsync(Roles.Specialist);
        Grid(await specialist.GetDocumentAsync(MatrixUrl(s))).Schools.Should().HaveCount(3);

        await Portal.CreateSchoolAsync("МОУ СОШ № 4");
        await Portal.SyncReportsAsync();
        var page = await specialist.GetDocumentAsync(MatrixUrl(s));

        Grid(page).Schools.Should().HaveCount(4).And.Contain("МОУ СОШ № 4");
        Grid(page).Rows[0].Should().Be("1.1. Accepted Submitted Overdue Overdue", "the new school's 26.03 checkpoint is past");
    }
}
