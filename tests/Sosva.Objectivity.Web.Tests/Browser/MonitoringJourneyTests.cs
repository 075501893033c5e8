using ClosedXML.Excel;
using Microsoft.Playwright;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Exports;
using Sosva.Objectivity.Web.Tests.Pages.Monitoring;

namespace Sosva.Objectivity.Web.Tests.Browser;

/// <summary>
/// The monitoring journey in a browser (docs/design.md#7-objectivity-monitoring): the methodologist imports the
/// campaign's inputs from the filled template, fixes one school by hand, computes, reads the ranking and a school's
/// breakdown with history, exports, publishes; an anonymous visitor sees the public ranking.
/// </summary>
public class MonitoringJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Methodologist_imports_fixes_computes_exports_and_publishes_and_the_public_sees_the_ranking()
    {
        var a = await Portal.CreateSchoolAsync("МАОУ СОШ № 1", inn: "6600000001");
        var b = await Portal.CreateSchoolAsync("МКОУ СОШ № 2", rural: true);
        var c = await Portal.CreateSchoolAsync("МКОУ ООШ п. Пасынок", rural: true);
        var previous = await MonitoringSetup.CampaignAsync(Portal, 2023);
        foreach (var school in new[] { a, b, c }) await MonitoringSetup.FillAsync(Portal, previous.Id, school, Kl.Weak);
        await MonitoringSetup.ComputeAsync(Portal, previous.Id, CampaignStatus.Published);
        var campaign = await MonitoringSetup.CampaignAsync(Portal, 2024);
        await Portal.CreateUserAsync("metodist", Roles.Methodologist);

        var page = await SignInAsync("metodist");
        await page.GetByRole(AriaRole.Link, new() { Name = "Мониторинг" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2024", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Загрузить из Excel" }).ClickAsync();

        // Downloads the template, fills it in as a person would in Excel, uploads it, confirms the preview.
        var (template, _) = await DownloadAsync(page, page.GetByTestId("template"));
        var filled = Fill(template);
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "Мониторинг 2024.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = filled,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить файл" }).ClickAsync();
        (await page.GetByTestId("import-errors").CountAsync()).Should().Be(0);
        (await page.GetByTestId("import-preview").InnerTextAsync()).Should().Contain("3 школ");
        await ScreenshotAsync(page, "1-import-preview");
        await page.GetByTestId("import-preview").GetByRole(AriaRole.Button).Last.ClickAsync();
        await page.WaitForURLAsync($"**/Monitoring/Campaigns/Details/{campaign.Id}**");

        // Fixes school C by hand: its P1 forms were in fact all on time.
        await page.GotoAsync($"/Monitoring/Inputs/{campaign.Id}/{c.Id}");
        await page.Locator("#P1_on").FillAsync("3");
        await page.Locator("#P1_late").FillAsync("0");
        await page.Locator("#P1_comment").FillAsync("Исправлено по письму школы");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).Last.ClickAsync();
        await page.WaitForURLAsync($"**/Monitoring/Campaigns/Details/{campaign.Id}");
        (await page.Locator(".alert-success").InnerTextAsync()).Should().Contain($"Данные школы «{c.ShortName}» сохранены");
        await ScreenshotAsync(page, "2-campaign");
        await page.GotoAsync($"/Monitoring/Inputs/{campaign.Id}/{c.Id}");
        (await page.Locator("#P1_on").InputValueAsync()).Should().Be("3");
        (await page.Locator("#P1_comment").InputValueAsync()).Should().Be("Исправлено по письму школы");

        // Computes and reads the ranking.
        await page.GotoAsync($"/Monitoring/Campaigns/Details/{campaign.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Рассчитать" }).ClickAsync();
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be(MonitoringCampaign.StatusName(CampaignStatus.Computed));
        await page.GetByRole(AriaRole.Link, new() { Name = "Рейтинг" }).First.ClickAsync();
        var rows = page.GetByTestId("rank-row");
        (await rows.CountAsync()).Should().Be(3);
        var totals = (await page.GetByTestId("total").AllInnerTextsAsync()).Select(int.Parse).ToList();
        totals.Should().BeInDescendingOrder().And.OnlyContain(t => t >= 0 && t <= 50);
        (await rows.First.InnerTextAsync()).Should().Contain(a.ShortName, "school A has the best inputs");
        (await page.GetByTestId("band").AllInnerTextsAsync()).Should().OnlyContain(t => t.Length > 0);
        (await page.Locator("svg").CountAsync()).Should().BeGreaterThanOrEqualTo(2, "the band chart and the distribution of totals");
        await ScreenshotAsync(page, "3-ranking");

        var (xlsx, _) = await DownloadAsync(page, page.GetByTestId("export-excel"));
        using (var workbook = new XLWorkbook(new MemoryStream(xlsx)))
            workbook.Worksheets.First().CellsUsed().Select(x => x.GetString()).Should().Contain(a.ShortName).And.Contain(c.ShortName);
        var (pdf, _) = await DownloadAsync(page, page.GetByTestId("export-pdf"));
        using (var file = new PdfFile(pdf))
            string.Join(" ", file.PagesText()).Should().Contain(a.ShortName).And.Contain("2024");

        // A school's breakdown: inputs, points, history over both years, recommendations.
        await rows.Last.GetByRole(AriaRole.Link).First.ClickAsync();
        (await page.GetByTestId("school-name").InnerTextAsync()).Should().NotBeEmpty();
        (await page.GetByTestId("breakdown").InnerTextAsync()).Should().Contain("P1").And.Contain("P7");
        (await page.GetByTestId("history").InnerTextAsync()).Should().Contain("2023").And.Contain("2024");
        (await page.GetByTestId("recommendation").CountAsync()).Should().BeGreaterThan(0, "the weakest school is below the maximum somewhere");
        await ScreenshotAsync(page, "4-breakdown");

        // The school report with the objectivity section.
        var (schoolPdf, _) = await DownloadAsync(page, await LinkAsync(page, $"/Reports/SchoolReport?handler=Pdf&schoolId={a.Id}&from=2023-09-01&to=2024-08-31"));
        using (var file = new PdfFile(schoolPdf))
            string.Join(" ", string.Join("\n", file.PagesText()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                .Should().Contain("объективност").And.Contain(a.FullName);

        // Publishes; the anonymous visitor sees the ranking without inputs.
        await page.GotoAsync($"/Monitoring/Campaigns/Details/{campaign.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Опубликовать" }).ClickAsync();
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be(MonitoringCampaign.StatusName(CampaignStatus.Published));
        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/Public/Ranking");
        var table = await visitor.GetByTestId("public-ranking").InnerTextAsync();
        table.Should().Contain(a.ShortName).And.Contain(b.ShortName).And.Contain(c.ShortName).And.NotContain("Исправлено по письму");
        await ScreenshotAsync(visitor, "5-public");

        PageErrors.Should().BeEmpty();
    }

    /// <summary>A link injected into the page and clicked (downloads only start from a click in the page).</summary>
    private static async Task<ILocator> LinkAsync(IPage page, string href)
    {
        await page.EvaluateAsync("h => { const a = document.createElement('a'); a.href = h; a.id = 'test-download'; a.textContent = 'x'; document.body.append(a); }", href);
        return page.Locator("#test-download");
    }

    /// <summary>School A gets full marks where it can, B middling inputs, C late forms (fixed by hand later).</summary>
    private static byte[] Fill(byte[] template)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet(InputTemplate.SheetName);
        var options = workbook.Worksheet("Варианты");
        string Option(string code, int k) =>
            options.Column(options.Row(1).CellsUsed().First(x => x.GetString() == code).Address.ColumnNumber).Cell(2 + k).GetString();
        var headers = sheet.Row(1).CellsUsed().ToDictionary(x => x.GetString(), x => x.Address.ColumnNumber);
        for (var row = 2; sheet.Cell(row, 1).GetString().Length > 0; row++)
        {
            var school = sheet.Cell(row, 1).GetString();
            var rank = school.Contains("№ 1", StringComparison.Ordinal) ? 0 : school.Contains("№ 2", StringComparison.Ordinal) ? 1 : 2;
            foreach (var (header, column) in headers)
            {
                var cell = sheet.Cell(row, column);
                if (header.EndsWith(": в срок и без ошибок", StringComparison.Ordinal)) cell.SetValue(rank == 2 ? 1 : 3 - rank);
                else if (header.EndsWith(": в срок, но с ошибками", StringComparison.Ordinal)) cell.SetValue(0);
                else if (header.EndsWith(": с нарушением срока", StringComparison.Ordinal)) cell.SetValue(rank == 2 ? 2 : rank);
                else if (header.StartsWith("P3:", StringComparison.Ordinal))
                    cell.SetValue(header == headers.Keys.First(h => h.StartsWith("P3:", StringComparison.Ordinal)) ? 6 - rank * 2 : rank * 2);
                else if (header is "P5: вариант" or "P6: вариант") cell.SetValue(Option(header[..2], rank));
                else if (header.StartsWith("P7:", StringComparison.Ordinal)) cell.SetValue(rank == 0 || column % 2 == 0 ? "да" : "нет");
            }
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
