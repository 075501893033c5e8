using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Scoring;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Monitoring;

public class ImportTests(PortalFactory portal) : MonitoringTest(portal)
{
    private static int Column(IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;

    private static void Fill(IXLWorksheet sheet, int row, int p1Good, int p2Late, string p5)
    {
        sheet.Cell(row, Column(sheet, "P1: в срок и без ошибок")).SetValue(p1Good);
        sheet.Cell(row, Column(sheet, "P1: в срок, но с ошибками")).SetValue(0);
        sheet.Cell(row, Column(sheet, "P1: с нарушением срока")).SetValue(3 - p1Good);
        sheet.Cell(row, Column(sheet, "P2: в срок и без ошибок")).SetValue(20 - p2Late);
        sheet.Cell(row, Column(sheet, "P2: в срок, но с ошибками")).SetValue(0);
        sheet.Cell(row, Column(sheet, "P2: с нарушением срока")).SetValue(p2Late);
        sheet.Cell(row, Column(sheet, "P5: вариант")).SetValue(p5);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int campaignId, byte[] file) =>
        client.PostMultipartAsync($"/Monitoring/Campaigns/Import/{campaignId}", [],
            [new UploadFile("file", "данные.xlsx", file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
            $"/Monitoring/Campaigns/Import/{campaignId}?handler=Preview");

    private static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task The_downloaded_template_filled_in_and_uploaded_is_previewed_and_then_saved()
    {
        var a = await Portal.CreateSchoolAsync("Школа А", inn: "6600000001");
        var b = await Portal.CreateSchoolAsync("Школа Б");
        var campaign = await CampaignAsync(2024);
        await FillAsync(campaign.Id, b, Kl.A);
        var client = await SignedInAsync(Roles.Methodologist);

        var template = await client.GetAsync($"/Monitoring/Campaigns/Import/{campaign.Id}?handler=Template");
        template.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(new MemoryStream(await template.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(InputTemplate.SheetName);
        sheet.Cell(2, 1).GetString().Should().Be("Школа А");
        sheet.Cell(2, 2).GetString().Should().Be("6600000001");
        sheet.Cell(3, Column(sheet, "P2: с нарушением срока")).GetDouble().Should().Be(2, "what is entered already comes with the template");
        sheet.SheetView.SplitRow.Should().Be(1);
        Fill(sheet, 2, p1Good: 3, p2Late: 1, p5: "по всем предметам и всем параллелям");
        sheet.Cell(3, Column(sheet, "P2: с нарушением срока")).SetValue(5);
        sheet.Cell(3, Column(sheet, "P2: в срок и без ошибок")).SetValue(15);

        var preview = await HttpClientExtensions.ParseAsync(await UploadAsync(client, campaign.Id, Save(workbook)));

        preview.QuerySelector("[data-testid=import-errors]").Should().BeNull();
        preview.QuerySelector("[data-testid=import-preview]")!.TextContent.Should().Contain("2 школ").And.Contain("3 / 0 / 0");
        (await ValueAsync(campaign.Id, a.Id, "P1")).Should().BeNull("nothing is saved before the confirmation");
        var token = preview.AntiforgeryToken("[data-testid=import-preview]");
        var confirmed = await client.PostWithTokenAsync($"/Monitoring/Campaigns/Import/{campaign.Id}?handler=Confirm", token,
        [
            new("fileData", preview.QuerySelector("input[name=fileData]")!.GetAttribute("value")!), new("fileName", "данные.xlsx"),
        ]);

        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ValueAsync(campaign.Id, a.Id, "P1"))!.OnTimeCount.Should().Be(3);
        (await ValueAsync(campaign.Id, a.Id, "P5"))!.OptionCode.Should().Be("all");
        (await ValueAsync(campaign.Id, a.Id, "P3")).Should().BeNull("an indicator left blank in the file is not imported");
        var p2 = await ValueAsync(campaign.Id, b.Id, "P2");
        (p2!.OnTimeCount, p2.LateCount).Should().Be((15, 5));
        (await ValueAsync(campaign.Id, b.Id, "P7"))!.CheckedItems.Should().HaveCount(4, "the P7 columns came back as they were");
    }

    [Fact]
    public async Task A_workbook_of_several_megabytes_is_saved_on_confirmation()
    {
        // The file travels back with the confirmation as base64 in one form field; the default field limit is 4 MB.
        var a = await Portal.CreateSchoolAsync("Школа А", inn: "6600000001");
        var campaign = await CampaignAsync(2024);
        var client = await SignedInAsync(Roles.Methodologist);
        using var workbook = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync($"/Monitoring/Campaigns/Import/{campaign.Id}?handler=Template")));
        Fill(workbook.Worksheet(InputTemplate.SheetName), 2, p1Good: 2, p2Late: 0, p5: "по всем предметам и всем параллелям");
        var notes = workbook.AddWorksheet("Примечания");
        var random = new Random(7);
        for (var row = 1; row <= 4000; row++) notes.Cell(row, 1).SetValue(Convert.ToBase64String(Enumerable.Range(0, 900).Select(_ => (byte)random.Next(256)).ToArray()));
        var file = Save(workbook);
        file.Length.Should().BeGreaterThan(3 * 1024 * 1024, "its base64 is over the default 4 MB form field");

        var preview = await HttpClientExtensions.ParseAsync(await UploadAsync(client, campaign.Id, file));
        preview.QuerySelector("[data-testid=import-errors]").Should().BeNull();
        var token = preview.AntiforgeryToken("[data-testid=import-preview]");
        var confirmed = await client.PostWithTokenAsync($"/Monitoring/Campaigns/Import/{campaign.Id}?handler=Confirm", token,
        [
            new("fileData", preview.QuerySelector("input[name=fileData]")!.GetAttribute("value")!), new("fileName", "данные.xlsx"),
        ]);

        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ValueAsync(campaign.Id, a.Id, "P1"))!.OnTimeCount.Should().Be(2);
    }

    [Fact]
    public async Task A_file_with_bad_rows_saves_nothing_and_names_each_row_and_column()
    {
        var a = await Portal.CreateSchoolAsync("Школа А");
        var b = await Portal.CreateSchoolAsync("Школа Б");
        var campaign = await CampaignAsync(2024);
        var client = await SignedInAsync(Roles.Methodologist);
        var template = await client.GetByteArrayAsync($"/Monitoring/Campaigns/Import/{campaign.Id}?handler=Template");
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet(InputTemplate.SheetName);
        Fill(sheet, 2, 3, 0, "all");                                          // a good row: still not saved
        Fill(sheet, 3, 3, 0, "all");
        sheet.Cell(3, Column(sheet, "P1: с нарушением срока")).SetValue(-1);   // negative count
        sheet.Cell(4, 1).SetValue("Школа Я");                                 // unknown school
        sheet.Cell(4, 3).SetValue(2024);
        Fill(sheet, 4, 1, 0, "none");
        sheet.Cell(5, 1).SetValue("школа а");                                 // the same school again
        sheet.Cell(5, 3).SetValue(DateTime.UtcNow.Year + 2);                  // a year in the future
        Fill(sheet, 5, 2, 0, "partial");

        var page = await HttpClientExtensions.ParseAsync(await UploadAsync(client, campaign.Id, Save(workbook)));

        var errors = page.Texts("[data-testid=import-errors] li");
        errors.Should().Contain("Строка 3, «P1: с нарушением срока»: отрицательное число (-1).");
        errors.Should().Contain("Строка 4, «Школа»: школы «Школа Я» нет в справочнике.");
        errors.Should().Contain("Строка 5, «Школа»: школа «Школа А» уже указана в строке 2.");
        errors.Should().Contain(e => e.StartsWith("Строка 5, «Год»: ", StringComparison.Ordinal) && e.Contains("ещё не наступил", StringComparison.Ordinal));
        page.QuerySelector("[data-testid=import-preview]").Should().BeNull("a file with errors cannot be confirmed");
        (await Portal.WithDbAsync(db => db.IndicatorValues.CountAsync())).Should().Be(0);
        _ = b;
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_in_russian()
    {
        var campaign = await CampaignAsync(2024);
        var client = await SignedInAsync(Roles.Methodologist);

        var page = await HttpClientExtensions.ParseAsync(await UploadAsync(client, campaign.Id, "Школа;P1\n"u8.ToArray()));

        page.FieldError("file").Should().Contain("не книга Excel");
    }
}
