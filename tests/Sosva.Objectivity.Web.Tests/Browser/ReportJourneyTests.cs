using ClosedXML.Excel;
using Microsoft.Playwright;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Exports;
using Sosva.Objectivity.Web.Tests.Reminders;

namespace Sosva.Objectivity.Web.Tests.Browser;

/// <summary>
/// The report journey in a browser (docs/design.md#6-execution-reports): the principal reports on a measure with
/// evidence, the specialist returns it with a comment, the principal corrects and resubmits, the specialist accepts;
/// the matrix, the home pages and the school report (Excel and PDF) show it.
/// </summary>
public class ReportJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Measure = "Анализ результатов ВПР прошлого года";
    private const string Comment = "Приложите справку с подписью директора.";

    [Fact]
    public async Task Principal_submits_specialist_returns_principal_resubmits_specialist_accepts_and_the_school_report_exports()
    {
        var (a, b) = await ReminderJobTests.PlanAsync(Portal);
        await Portal.SyncReportsAsync();
        Portal.Clock.SetToday(ReminderJobTests.Today);
        await Portal.CreateUserAsync("director1", Roles.Principal, a.Id);
        await Portal.CreateUserAsync("director2", Roles.Principal, b.Id);
        await Portal.CreateUserAsync("specialist", Roles.Specialist);

        // The principal finds the measure in «Мои мероприятия» (one overdue, one due soon, one later).
        var principal = await SignInAsync("director1");
        (await principal.GetByTestId("count-overdue").InnerTextAsync()).Should().Be("1");
        (await principal.GetByTestId("count-due-soon").InnerTextAsync()).Should().Be("1");
        await principal.GetByRole(AriaRole.Link, new() { Name = "Мои мероприятия" }).First.ClickAsync();
        var dueSoon = principal.GetByTestId("group-DueSoon");
        (await dueSoon.InnerTextAsync()).Should().Contain(Measure).And.Contain("10.04.2024");
        (await principal.GetByTestId("group-Overdue").InnerTextAsync()).Should().Contain("Положение о проведении ВПР");
        await ScreenshotAsync(principal, "1-my-measures");
        await dueSoon.GetByRole(AriaRole.Link, new() { Name = "Заполнить" }).ClickAsync();

        // Fills it in with two files, removes the wrong one, submits.
        await principal.GetByLabel("Выполнено", new() { Exact = true }).CheckAsync();
        await principal.Locator("#Input_Text").FillAsync("Проведён анализ результатов ВПР 2023 года на педсовете.");
        await principal.Locator("#Input_LinksText").FillAsync("https://school1.example/vpr/analiz");
        await principal.Locator("#files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "Справка.pdf", MimeType = "application/pdf", Buffer = EvidencePdf("Справка по итогам ВПР") },
            new FilePayload { Name = "Лишний.pdf", MimeType = "application/pdf", Buffer = EvidencePdf("Не тот файл") },
        });
        await principal.GetByRole(AriaRole.Button, new() { Name = "Сохранить черновик" }).ClickAsync();
        var files = principal.GetByTestId("files");
        (await files.InnerTextAsync()).Should().Contain("Справка.pdf").And.Contain("Лишний.pdf");
        await files.Locator("li", new() { HasText = "Лишний.pdf" }).GetByRole(AriaRole.Button, new() { Name = "Убрать" }).ClickAsync();
        (await principal.GetByTestId("files").InnerTextAsync()).Should().Contain("Справка.pdf").And.NotContain("Лишний.pdf");
        (await principal.Locator("#Input_Text").InputValueAsync()).Should().StartWith("Проведён анализ", "the draft keeps the text");
        await principal.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку" }).ClickAsync();
        (await principal.GetByTestId("progress").InnerTextAsync()).Should().Be("На проверке");
        (await principal.GetByTestId("report-form").CountAsync()).Should().Be(0, "a submitted report is read-only");
        await ScreenshotAsync(principal, "2-submitted");
        var reportUrl = principal.Url;

        // Principal B cannot open it.
        var other = await SignInAsync("director2");
        var refused = await other.GotoAsync(reportUrl);
        refused!.Status.Should().BeOneOf(403, 404);

        // The specialist finds it in the review queue and returns it with a comment.
        var specialist = await SignInAsync("specialist");
        (await specialist.GetByTestId("count-to-review").InnerTextAsync()).Should().Be("1");
        await specialist.GetByRole(AriaRole.Link, new() { Name = "Отчёты школ" }).First.ClickAsync();
        var queue = specialist.GetByTestId("queue");
        (await queue.InnerTextAsync()).Should().Contain(Measure).And.Contain(a.ShortName);
        await ScreenshotAsync(specialist, "3-review-queue");
        await queue.GetByRole(AriaRole.Link, new() { Name = "Проверить" }).ClickAsync();
        await specialist.Locator("#Review_Comment").FillAsync(Comment);
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Вернуть на доработку" }).ClickAsync();
        (await specialist.GetByTestId("progress").InnerTextAsync()).Should().Be("Возвращён");

        // The principal sees the comment, corrects and resubmits.
        await principal.GotoAsync("/");
        (await principal.GetByTestId("count-returned").InnerTextAsync()).Should().Be("1");
        await principal.GotoAsync(reportUrl);
        (await principal.GetByTestId("review-comment").InnerTextAsync()).Should().Contain(Comment);
        await ScreenshotAsync(principal, "4-returned");
        await principal.Locator("#Input_Text").FillAsync("Проведён анализ результатов ВПР 2023 года; справка подписана директором.");
        await principal.Locator("#files").SetInputFilesAsync(new FilePayload
        {
            Name = "Справка с подписью.pdf", MimeType = "application/pdf", Buffer = EvidencePdf("Справка, подпись директора"),
        });
        await principal.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку" }).ClickAsync();
        (await principal.GetByTestId("progress").InnerTextAsync()).Should().Be("На проверке");
        (await principal.GetByTestId("files").InnerTextAsync()).Should().Contain("Справка с подписью.pdf");

        // The specialist accepts; the history has both submissions and the return.
        await specialist.GotoAsync(reportUrl);
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Принять" }).ClickAsync();
        (await specialist.GetByTestId("progress").InnerTextAsync()).Should().Be("Принят");
        var history = await specialist.GetByTestId("history").InnerTextAsync();
        history.Should().Contain("Принят").And.Contain("Возвращён на доработку").And.Contain(Comment);
        System.Text.RegularExpressions.Regex.Matches(history, "Отправлен на проверку").Should().HaveCount(2);
        await ScreenshotAsync(specialist, "5-accepted");

        // The matrix shows the accepted cell and the overdue one.
        await specialist.GotoAsync("/Roadmaps");
        await specialist.GetByRole(AriaRole.Link, new() { Name = "Комплекс мер 2023/2024" }).ClickAsync();
        await specialist.GetByTestId("matrix-link").ClickAsync();
        var matrix = specialist.GetByTestId("matrix");
        (await matrix.Locator("a[data-state=Accepted]").CountAsync()).Should().Be(1);
        (await matrix.Locator("a[data-state=Overdue]").CountAsync()).Should().Be(2, "measure 1.1 is overdue at both schools");
        await ScreenshotAsync(specialist, "6-matrix");
        await specialist.GotoAsync("/");
        (await specialist.GetByTestId("count-to-review").InnerTextAsync()).Should().Be("0");

        // The principal exports the school report: Excel and PDF.
        await principal.GotoAsync("/Reports/My");
        await principal.GetByRole(AriaRole.Link, new() { Name = "Отчёт школы (Excel, PDF)" }).ClickAsync();
        await principal.Locator("#from").FillAsync("2023-09-01");
        await principal.Locator("#to").FillAsync("2024-08-31");
        await ScreenshotAsync(principal, "7-school-report");
        var (xlsx, xlsxName) = await DownloadAsync(principal, principal.GetByRole(AriaRole.Button, new() { Name = "Скачать Excel" }));
        xlsxName.Should().EndWith(".xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(xlsx)))
        {
            var texts = workbook.Worksheets.First().CellsUsed().Select(c => c.GetString()).ToList();
            texts.Should().Contain(Measure).And.Contain("Принят").And.Contain(t => t.Contains("справка подписана директором", StringComparison.Ordinal));
        }
        var (pdf, pdfName) = await DownloadAsync(principal, principal.GetByRole(AriaRole.Button, new() { Name = "Скачать PDF" }));
        pdfName.Should().EndWith(".pdf");
        using (var file = new PdfFile(pdf))
        {
            var text = string.Join(" ", string.Join("\n", file.PagesText()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            text.Should().Contain(a.FullName).And.Contain("Анализ результатов ВПР").And.Contain("Принят").And.Contain("Просрочен")
                .And.Contain("Справка с подписью.pdf");
        }

        PageErrors.Where(e => !e.Contains(reportUrl, StringComparison.Ordinal) || !e.Contains("403", StringComparison.Ordinal))
            .Should().BeEmpty("no page of the journey fails or logs a script error");
    }

    private static byte[] EvidencePdf(string text)
    {
        var report = new Sosva.Objectivity.Web.Exports.Pdf.PdfReport { Title = text, PageNumberFormat = null };
        report.AddParagraph(text);
        using var buffer = new MemoryStream();
        report.Write(buffer);
        return buffer.ToArray();
    }
}
