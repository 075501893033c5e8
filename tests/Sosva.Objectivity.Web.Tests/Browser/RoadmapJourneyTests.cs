using ClosedXML.Excel;
using Microsoft.Playwright;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Exports;
using Sosva.Objectivity.Web.Tests.Importing;

namespace Sosva.Objectivity.Web.Tests.Browser;

/// <summary>
/// The roadmap journey in a browser (docs/design.md#4-roadmaps): the specialist imports the Sosva order from Word,
/// edits a measure's deadline and schools, approves the roadmap and exports it; the downloads are opened and read.
/// </summary>
public class RoadmapJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Specialist_imports_a_word_roadmap_edits_a_measure_approves_and_exports_pdf_and_excel()
    {
        var a = await Portal.CreateSchoolAsync("МАОУ СОШ № 1 р.п. Сосьва");
        var b = await Portal.CreateSchoolAsync("МКОУ СОШ № 2 р.п. Сосьва");
        await Portal.CreateUserAsync("specialist", Roles.Specialist);
        await Portal.CreateUserAsync("director1", Roles.Principal, a.Id);
        var seed = SeedTable.Load(SeedTable.Sosva);
        var docx = WordFile.Write(seed.Preamble, [seed.Rows], mergeTrailingCells: true);
        var expected = seed.TextImport.Table;
        var first = expected.Sections.SelectMany(s => s.Measures).First();

        var page = await SignInAsync("specialist");
        await page.GetByRole(AriaRole.Link, new() { Name = "Дорожные карты" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Импорт из Word, Excel, текста" }).ClickAsync();
        await page.Locator("#Upload").SetInputFilesAsync(new FilePayload
        {
            Name = "Приказ 49 от 2023.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = docx,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Прочитать и показать" }).ClickAsync();
        var summary = await page.GetByTestId("import-summary").InnerTextAsync();
        summary.Should().Contain($"Найдено разделов: {expected.Sections.Count}, мероприятий: {expected.Sections.Sum(s => s.Measures.Count)}");
        await ScreenshotAsync(page, "1-import-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать черновик" }).ClickAsync();
        await page.WaitForURLAsync("**/Roadmaps/Details/**");
        (await page.GetByTestId("roadmap-status").InnerTextAsync()).Should().Be("черновик");
        (await page.GetByTestId("measure-row").CountAsync()).Should().Be(expected.Sections.Sum(s => s.Measures.Count));
        var details = page.Url;

        // Edits the first measure: a new deadline, only school A executes it.
        await page.GetByTestId("measure-row").First.GetByRole(AriaRole.Link, new() { Name = "Изменить" }).ClickAsync();
        await page.Locator("#Input_DeadlineText").FillAsync("До 15.12.2023 г.");
        await page.Locator("#Input_DeadlineText").BlurAsync();
        await page.Locator("#scope-ChosenSchools").CheckAsync();
        await page.Locator($"#school-{a.Id}").CheckAsync();
        await ScreenshotAsync(page, "2-measure");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await page.WaitForURLAsync("**/Roadmaps/Details/**");
        var row = await page.GetByTestId("measure-row").First.InnerTextAsync();
        row.Should().Contain("До 15.12.2023 г.").And.Contain("15.12.2023").And.Contain("выбранные школы (1)");

        // Approves it; the measure reaches school A's principal.
        await page.GetByRole(AriaRole.Button, new() { Name = "Утвердить" }).ClickAsync();
        (await page.GetByTestId("roadmap-status").InnerTextAsync()).Should().Be("утверждена");
        await ScreenshotAsync(page, "3-approved");
        var principal = await SignInAsync("director1");
        await principal.GotoAsync("/Reports/My");
        (await principal.Locator("main").InnerTextAsync()).Should().Contain(Clip(first.Title)).And.Contain("15.12.2023");
        var other = await Portal.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.ExecutionReports, r => r.SchoolId == b.Id && r.DueDate == new DateOnly(2023, 12, 15)));
        other.Should().Be(0, "school B does not execute the edited measure");

        // Exports, read back as a person would open them.
        await page.GotoAsync(details);
        var (pdf, pdfName) = await DownloadAsync(page, page.GetByTestId("export-pdf"));
        pdfName.Should().EndWith(".pdf");
        using (var file = new PdfFile(pdf))
        {
            var text = string.Join(" ", string.Join("\n", file.PagesText()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            text.Should().Contain("До 15.12.2023 г.");
            foreach (var section in expected.Sections) text.Should().Contain(Clip(section.Title));
        }
        var (xlsx, xlsxName) = await DownloadAsync(page, page.GetByTestId("export-excel"));
        xlsxName.Should().EndWith(".xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(xlsx)))
        {
            var cells = workbook.Worksheets.First().CellsUsed().Select(c => c.GetString()).ToList();
            cells.Should().Contain("До 15.12.2023 г.");
            foreach (var measure in expected.Sections.SelectMany(s => s.Measures)) cells.Should().Contain(measure.Title);
        }

        PageErrors.Should().BeEmpty();
    }

    /// <summary>The first words of a long title: enough to find it in wrapped text.</summary>
    private static string Clip(string title) => string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
}
