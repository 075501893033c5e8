using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

/// <summary>
/// Evidence files a principal should not be able to store (docs/design.md#65-evidence, OWASP File Upload Cheat
/// Sheet), each refused with a Russian reason and nothing of the post saved; and the download of what was stored.
/// </summary>
public class EvidenceTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>The portal with small limits (2 KB a file, 4 KB a report), same database and clock.</summary>
    private WebApplicationFactory<Program> WithSmallLimits() => Portal.WithWebHostBuilder(b => b
        .UseSetting("Evidence:MaxFileBytes", "2048")
        .UseSetting("Evidence:MaxReportBytes", "4096"));

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string userName)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });
        (await client.SignInAsync(userName, PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>Posts «Save» with a new text and the file, and checks that the post is refused with <paramref name="message"/> and nothing is stored.</summary>
    private async Task RefusedAsync(HttpClient client, int id, UploadFile file, string message)
    {
        var before = await ReportAsync(Portal, id);
        var page = await RefusedPageAsync(await PostReportAsync(client, id, "Save", Fields("Done", "Новый текст отчёта", "https://school1.ru/"), file));

        page.QuerySelector("[data-testid=files-error]")!.TextContent.Should().Contain(message, "the reason for {0}", file.FileName);
        var after = await ReportAsync(Portal, id);
        after.Files.Should().HaveCount(before.Files.Count, "no file of a refused post is stored ({0})", file.FileName);
        after.Text.Should().Be(before.Text, "the text of a refused post is not saved either ({0})", file.FileName);
        after.Links.Should().Equal(before.Links);
        after.Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task Bad_files_are_refused_with_a_russian_reason_and_nothing_of_the_post_is_saved()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        await RefusedAsync(principal, id, File("Приказ.pdf", Exe()), "Файл «Приказ.pdf» — программа, а не документ. Допускаются: PDF, DOCX, XLSX, ODT, JPG, PNG.");
        await RefusedAsync(principal, id, File("Пустой.pdf", []), "Файл «Пустой.pdf» пуст.");
        await RefusedAsync(principal, id, File("Справка.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")),
            "Файл «Справка.pdf» не является документом допустимого вида (по содержимому, а не по расширению).");
        await RefusedAsync(principal, id, File("docs/Приказ.pdf", Pdf()), "Имя файла не должно содержать «/» или «\\».");
        await RefusedAsync(principal, id, File(@"C:\Users\director\Приказ.pdf", Pdf()), "Имя файла не должно содержать «/» или «\\».");
        await RefusedAsync(principal, id, File(new string('я', 296) + ".pdf", Pdf()), "Имя файла длиннее 255 символов.");
    }

    [Fact]
    public async Task A_good_file_next_to_a_bad_one_is_not_saved_either()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        var page = await RefusedPageAsync(await PostReportAsync(principal, id, "Submit", Fields("Done", "Отчёт"),
            File("Справка.pdf", Pdf()), File("setup.pdf", Exe())));

        page.QuerySelector("[data-testid=files-error]")!.TextContent.Should().Contain("Файл «setup.pdf» — программа, а не документ.")
            .And.Contain("Выбранные файлы не сохранены: выберите их снова.");
        var report = await ReportAsync(Portal, id);
        report.Files.Should().BeEmpty();
        report.State.Should().Be(ReportState.Draft);
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_and_files_over_the_reports_total_are_refused()
    {
        var plan = await PlanAsync(Portal);
        await Portal.CreateUserAsync("director1", Roles.Principal, plan.A);
        await using var host = WithSmallLimits();
        var principal = await SignInAsync(host, "director1");
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        (await principal.GetDocumentAsync(Url(id))).QuerySelector(".form-text")!.TextContent.Should().Contain("до 2 КБ каждый");
        await RefusedAsync(principal, id, File("Большой.pdf", PdfOfSize(2049)), "Файл «Большой.pdf» слишком большой: допускается не больше 2 КБ.");

        (await PostReportAsync(principal, id, "Save", Fields(null, "Первые файлы"), File("1.pdf", PdfOfSize(1500)), File("2.pdf", PdfOfSize(1500))))
            .ShouldRedirectBack(id);
        await RefusedAsync(principal, id, File("3.pdf", PdfOfSize(1500)), "Файлы отчёта вместе не должны превышать 4 КБ");
        (await ReportAsync(Portal, id)).Files.Select(f => f.FileName).Should().BeEquivalentTo("1.pdf", "2.pdf");
        (await ReportAsync(Portal, id)).Text.Should().Be("Первые файлы");

        // Taking a file off makes room again.
        var first = (await ReportAsync(Portal, id)).Files.Single(f => f.FileName == "1.pdf").Id;
        var tab = await OpenedForm.OpenAsync(principal, Url(id));
        (await tab.PostAsync([new("Input.Version", tab.Value("Input.Version"))], $"RemoveFile&fileId={S(first)}")).ShouldRedirectBack(id);
        (await PostReportAsync(principal, id, "Save", Fields(null, "Первые файлы"), File("3.pdf", PdfOfSize(1500)))).ShouldRedirectBack(id);
        (await ReportAsync(Portal, id)).Files.Select(f => f.FileName).Should().BeEquivalentTo("2.pdf", "3.pdf");
    }

    [Fact]
    public async Task Files_over_the_configured_count_are_refused_naming_the_limit_and_removing_one_makes_room()
    {
        var plan = await PlanAsync(Portal);
        await Portal.CreateUserAsync("director1", Roles.Principal, plan.A);
        await using var host = Portal.WithWebHostBuilder(b => b.UseSetting("Evidence:MaxFilesPerReport", "3"));
        var principal = await SignInAsync(host, "director1");
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        (await principal.GetDocumentAsync(Url(id))).QuerySelector(".form-text")!.TextContent.Should().Contain("всего файлов в отчёте — не больше 3");
        var four = Enumerable.Range(1, 4).Select(i => File($"{i}.pdf", Pdf(S(i)))).ToArray();
        var all = await RefusedPageAsync(await PostReportAsync(principal, id, "Save", Fields(null, "Все сразу"), four));
        all.QuerySelector("[data-testid=files-error]")!.TextContent.Should().Contain("Файлов в отчёте может быть не больше 3; с новыми их было бы 4.");
        (await ReportAsync(Portal, id)).Files.Should().BeEmpty();
        (await PostReportAsync(principal, id, "Save", Fields(null, "Первые файлы"), File("1.pdf", Pdf("1")), File("2.pdf", Pdf("2"))))
            .ShouldRedirectBack(id);
        var page = await RefusedPageAsync(await PostReportAsync(principal, id, "Save", Fields(null, "Ещё"), File("3.pdf", Pdf("3")), File("4.pdf", Pdf("4"))));
        page.QuerySelector("[data-testid=files-error]")!.TextContent.Should().Contain("Файлов в отчёте может быть не больше 3; с новыми их было бы 4.");
        (await ReportAsync(Portal, id)).Files.Select(f => f.FileName).Should().BeEquivalentTo("1.pdf", "2.pdf");

        (await PostReportAsync(principal, id, "Save", Fields(null, "Ещё"), File("3.pdf", Pdf("3")))).ShouldRedirectBack(id);
        await RefusedAsync(principal, id, File("4.pdf", Pdf("4")), "Файлов в отчёте может быть не больше 3; с новыми их было бы 4.");
        var first = (await ReportAsync(Portal, id)).Files.Single(f => f.FileName == "1.pdf").Id;
        var tab = await OpenedForm.OpenAsync(principal, Url(id));
        (await tab.PostAsync([new("Input.Version", tab.Value("Input.Version"))], $"RemoveFile&fileId={S(first)}")).ShouldRedirectBack(id);
        (await PostReportAsync(principal, id, "Save", Fields(null, "Ещё"), File("4.pdf", Pdf("4")))).ShouldRedirectBack(id);
        (await ReportAsync(Portal, id)).Files.Select(f => f.FileName).Should().BeEquivalentTo("2.pdf", "3.pdf", "4.pdf");
    }

    [Fact]
    public async Task By_default_a_report_keeps_20_files_and_the_21st_is_refused()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        var twenty = Enumerable.Range(1, 20).Select(i => File($"Скан {i}.pdf", Pdf("Скан " + i))).ToArray();
        (await PostReportAsync(principal, id, "Save", Fields(null, null), twenty)).ShouldRedirectBack(id);

        await RefusedAsync(principal, id, File("Скан 21.pdf", Pdf("Скан 21")), "Файлов в отчёте может быть не больше 20; с новыми их было бы 21.");
        (await ReportAsync(Portal, id)).Files.Should().HaveCount(20);
    }

    [Fact]
    public async Task A_signature_without_a_file_behind_it_is_refused_as_damaged()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        await RefusedAsync(principal, id, File("Фото.jpg", [0xFF, 0xD8, 0xFF]),
            "Файл «Фото.jpg» повреждён или обрезан: он начинается как JPEG, но это не целый файл JPEG.");
        await RefusedAsync(principal, id, File("Приказ.pdf", "%PDF-1.7\n"u8.ToArray()),
            "Файл «Приказ.pdf» повреждён или обрезан: он начинается как PDF, но это не целый файл PDF.");
    }

    [Fact]
    public async Task A_file_over_the_default_20_MB_is_refused()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        await RefusedAsync(principal, id, File("Скан.pdf", PdfOfSize(20 * 1024 * 1024 + 1)), "Файл «Скан.pdf» слишком большой: допускается не больше 20 МБ.");
    }

    [Fact]
    public async Task A_name_of_255_characters_is_kept_within_255_when_the_content_gives_it_its_extension()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        var name = new string('п', 255);

        (await PostReportAsync(principal, id, "Save", Fields(null, null), File(name, Pdf()))).ShouldRedirectBack(id);

        var stored = (await ReportAsync(Portal, id)).Files.Single().FileName;
        stored.Should().HaveLength(255).And.EndWith(".pdf").And.StartWith("пппп");
    }

    [Fact]
    public async Task The_stored_name_and_type_come_from_the_content_and_hidden_characters_are_dropped()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);

        (await PostReportAsync(principal, id, "Save", Fields(null, null),
            File("Фото стенда.pdf", Png()), File("Отчёт\u202Efdp.exe", Pdf()))).ShouldRedirectBack(id);

        (await ReportAsync(Portal, id)).Files.OrderBy(f => f.Id).Select(f => (f.FileName, f.ContentType)).Should().Equal(
            ("Фото стенда.png", "image/png"), ("Отчётfdp.pdf", "application/pdf"));
    }

    [Fact]
    public async Task The_download_is_an_attachment_with_an_rfc_6266_name_the_content_type_it_proved_nosniff_and_the_same_bytes()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var id = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        var photo = Png();
        (await PostReportAsync(principal, id, "Save", Fields(null, null), File("Приказ №12 «о ВПР».pdf", photo))).ShouldRedirectBack(id);
        var fileId = (await ReportAsync(Portal, id)).Files.Single().Id;

        foreach (var client in new[] { principal, await SignedInAsync(Roles.Specialist), await SignedInAsync(Roles.Methodologist) })
        {
            var response = await client.GetAsync($"/Reports/Evidence/{S(fileId)}");

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await response.Content.ReadAsByteArrayAsync()).Should().Equal(photo);
            response.Content.Headers.ContentType!.MediaType.Should().Be("image/png", "the content is a PNG whatever its name said");
            var disposition = response.Content.Headers.ContentDisposition!;
            disposition.DispositionType.Should().Be("attachment");
            disposition.FileNameStar.Should().Be("Приказ №12 «о ВПР».png");
            response.Content.Headers.GetValues("Content-Disposition").Single().Should().Contain("filename*=UTF-8''");
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("sandbox",
                "a file opened despite the attachment must not run script in the portal's origin");
        }
    }

    [Fact]
    public async Task An_unknown_file_is_not_found()
    {
        await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Specialist);

        (await principal.GetAsync("/Reports/Evidence/424242")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
