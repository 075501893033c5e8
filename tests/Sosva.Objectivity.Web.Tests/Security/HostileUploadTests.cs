using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using AngleSharp.Dom;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using Sosva.Objectivity.Web.Tests.Pages.Monitoring;
using Sosva.Objectivity.Web.Tests.Pages.Reports;

namespace Sosva.Objectivity.Web.Tests.Security;

/// <summary>
/// Hostile uploads (docs/decisions/007-hostile-uploads.md): every case of <see cref="HostileFiles"/> against every
/// upload point of the portal, over HTTP as the role that uses it — evidence of an execution report (principal),
/// roadmap import (specialist), a campaign's inputs import and the bias-list import (methodologist). Each case is
/// either refused with a Russian message and nothing stored, or neutralised: stored or previewed under a clean name,
/// served only as an attachment that no browser renders in the portal's origin, never run, and never fetching what it
/// points at.
/// </summary>
public class HostileUploadTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>What an upload point must do with a case.</summary>
    public abstract record Expect;

    /// <summary>Refused with one of these Russian messages (or a part of it); nothing stored.</summary>
    public sealed record Refused(params string[] Messages) : Expect;

    /// <summary>Accepted and made harmless; for evidence, <paramref name="StoredName"/> is the name it is kept under.</summary>
    public sealed record Neutralised(string? StoredName = null) : Expect;

    private const string Program = "— программа, а не документ.";
    private const string NotADocument = "не является документом допустимого вида (по содержимому, а не по расширению)";
    private const string NotAnOfficeDocument = "повреждён или это не документ Word, Excel или OpenDocument";
    private const string WithSlash = "Имя файла не должно содержать «/» или «\\»";
    private const string ImportProgram = "— программа, а не документ. Загрузите документ Word (.docx)";
    private const string NoTable = "не найдена таблица мероприятий";
    private const string ImportBinary = "не похож ни на документ Word (.docx), ни на книгу Excel (.xlsx), ни на текст";
    private const string ImportDamaged = "повреждён: архив документа не читается";
    private const string Unpacked = "после распаковки больше 100 МБ — такой документ не импортируется";
    private const string ImportTooLarge = "слишком большой: допускается не больше 10 МБ";
    private const string ArchiveNotOffice = "— архив, но не документ Word (.docx) и не книга Excel (.xlsx)";
    private const string NotAWorkbook = "Это не книга Excel (.xlsx).";
    private const string UnknownSchool = "нет в справочнике";
    private const string TooLargeRequest = "Файл слишком большой Размер загружаемых данных превышает допустимый.";

    /// <summary>Evidence of a report (Pages/Reports/Details, Reports/EvidenceCheck).</summary>
    public static readonly IReadOnlyDictionary<string, Expect> Evidence = new Dictionary<string, Expect>
    {
        ["pe-as-pdf"] = new Refused("Файл «order.pdf» " + Program),
        ["pe-as-docx"] = new Refused("Файл «plan.docx» " + Program),
        ["pe-as-xlsx"] = new Refused("Файл «data.xlsx» " + Program),
        ["pe-as-jpg"] = new Refused("Файл «photo.jpg» " + Program),
        ["elf-as-pdf"] = new Refused("Файл «report.pdf» " + Program),
        ["exe"] = new Refused("Файл «setup.exe» " + Program),
        ["bat"] = new Refused("Файл «run.bat» " + NotADocument),
        ["ps1"] = new Refused("Файл «run.ps1» " + NotADocument),
        ["html-as-pdf"] = new Refused("Файл «statement.pdf» " + NotADocument),
        ["html"] = new Refused("Файл «page.html» " + NotADocument),
        ["svg"] = new Refused("Файл «chart.svg» " + NotADocument),
        ["svg-as-png"] = new Refused("Файл «chart.png» " + NotADocument),
        // A PDF and a JPEG by their content: kept, but only ever served as what they are, as attachments, sandboxed.
        ["pdf-html-polyglot"] = new Neutralised("polyglot.pdf"),
        ["jpeg-html-polyglot"] = new Neutralised("picture.jpg"),
        ["gifar"] = new Refused("Файл «avatar.jpg» " + NotADocument),
        ["empty"] = new Refused("Файл «empty.pdf» пуст."),
        ["oversize-evidence"] = new Refused("Файл «scan.pdf» слишком большой: допускается не больше 20 МБ."),
        ["oversize-import"] = new Refused("Файл «big.xlsx» " + NotAnOfficeDocument),
        ["zip-bomb-xlsx"] = new Refused("Файл «bomb.xlsx» " + NotAnOfficeDocument),
        ["zip-bomb-docx"] = new Refused("Файл «bomb.docx» " + NotAnOfficeDocument),
        ["zip-bomb-understated"] = new Refused("Файл «quiet-bomb.docx» " + NotAnOfficeDocument),
        ["zip-not-opc"] = new Refused("Файл «archive.docx» " + NotAnOfficeDocument),
        ["docx-xxe"] = new Refused("Файл «xxe.docx» " + NotAnOfficeDocument),
        ["xlsx-billion-laughs"] = new Refused("Файл «laughs.xlsx» " + NotAnOfficeDocument),
        // Kept as evidence, a document would open at the reviewer's and fetch the template, or run the macros.
        ["docx-remote-template"] = new Refused("Файл «template.docx» ссылается на внешние ресурсы"),
        ["docm-as-docx"] = new Refused("Файл «macro.docx» содержит макросы"),
        // A workbook with formulas is a workbook: evidence keeps it as it is, served as an attachment.
        ["xlsx-formulas"] = new Neutralised("formulas.xlsx"),
        ["xlsx-formula-text"] = new Neutralised("formula-text.xlsx"),
        ["xlsx-roadmap-formulas"] = new Neutralised("roadmap-formulas.xlsx"),
        ["traversal-unix"] = new Refused(WithSlash),
        ["traversal-windows"] = new Refused(WithSlash),
        ["absolute-path"] = new Refused(WithSlash),
        ["overlong-name"] = new Refused("Имя файла длиннее 255 символов."),
        ["rtl-override"] = new Neutralised("invoicefdp.pdf"),
        ["control-chars"] = new Neutralised("scan[31m.pdf"),
        ["double-ext-exe"] = new Refused("Файл «scan.pdf.exe» " + Program),
        ["double-ext-pdf"] = new Refused("Файл «scan.exe.pdf» " + Program),
    };

    /// <summary>Roadmap import (Pages/Roadmaps/Import, Importing/RoadmapFileReader): a preview, nothing stored before confirmation.</summary>
    public static readonly IReadOnlyDictionary<string, Expect> RoadmapImport = new Dictionary<string, Expect>
    {
        ["pe-as-pdf"] = new Refused("Файл «order.pdf» " + ImportProgram),
        ["pe-as-docx"] = new Refused("Файл «plan.docx» " + ImportProgram),
        ["pe-as-xlsx"] = new Refused("Файл «data.xlsx» " + ImportProgram),
        ["pe-as-jpg"] = new Refused("Файл «photo.jpg» " + ImportProgram),
        ["elf-as-pdf"] = new Refused("Файл «report.pdf» " + ImportProgram),
        ["exe"] = new Refused("Файл «setup.exe» " + ImportProgram),
        ["bat"] = new Refused(NoTable),
        ["ps1"] = new Refused(NoTable),
        ["html-as-pdf"] = new Refused(NoTable),
        ["html"] = new Refused(NoTable),
        ["svg"] = new Refused(NoTable),
        ["svg-as-png"] = new Refused(NoTable),
        ["pdf-html-polyglot"] = new Refused("Файлы PDF не импортируются"),
        ["jpeg-html-polyglot"] = new Refused("Файл «picture.jpg» " + ImportBinary),
        ["gifar"] = new Refused("Файл «avatar.jpg» " + ImportBinary),
        ["empty"] = new Refused("Файл «empty.pdf» пуст."),
        // Over the page's 12 MB request limit: refused before the form is read, with the portal's 413 page.
        ["oversize-evidence"] = new Refused(TooLargeRequest),
        ["oversize-import"] = new Refused("Файл «big.xlsx» " + ImportTooLarge),
        ["zip-bomb-xlsx"] = new Refused("Файл «bomb.xlsx» " + Unpacked),
        ["zip-bomb-docx"] = new Refused("Файл «bomb.docx» " + Unpacked),
        ["zip-bomb-understated"] = new Refused("Файл «quiet-bomb.docx» " + ImportDamaged),
        ["zip-not-opc"] = new Refused("Файл «archive.docx» " + ArchiveNotOffice),
        ["docx-xxe"] = new Refused("Файл «xxe.docx» " + ImportDamaged),
        ["xlsx-billion-laughs"] = new Refused("Файл «laughs.xlsx» " + ImportDamaged),
        // Only the table's text is read: the template is not fetched, the macros never run.
        ["docx-remote-template"] = new Neutralised(),
        ["docm-as-docx"] = new Neutralised(),
        ["xlsx-formulas"] = new Refused(NoTable),
        ["xlsx-formula-text"] = new Refused(NoTable),
        ["xlsx-roadmap-formulas"] = new Neutralised(),
        ["traversal-unix"] = new Neutralised(),
        ["traversal-windows"] = new Neutralised(),
        ["absolute-path"] = new Neutralised(),
        ["overlong-name"] = new Neutralised(),
        ["rtl-override"] = new Neutralised(),
        ["control-chars"] = new Neutralised(),
        ["double-ext-exe"] = new Refused("Файл «scan.pdf.exe» " + ImportProgram),
        ["double-ext-pdf"] = new Refused("Файл «scan.exe.pdf» " + ImportProgram),
    };

    /// <summary>A campaign's inputs import (Pages/Monitoring/Campaigns/Import, Monitoring/InputTemplate): a preview, stored on confirmation.</summary>
    public static readonly IReadOnlyDictionary<string, Expect> InputsImport = new Dictionary<string, Expect>
    {
        ["pe-as-pdf"] = new Refused(NotAWorkbook),
        ["pe-as-docx"] = new Refused(NotAWorkbook),
        ["pe-as-xlsx"] = new Refused(NotAWorkbook),
        ["pe-as-jpg"] = new Refused(NotAWorkbook),
        ["elf-as-pdf"] = new Refused(NotAWorkbook),
        ["exe"] = new Refused(NotAWorkbook),
        ["bat"] = new Refused(NotAWorkbook),
        ["ps1"] = new Refused(NotAWorkbook),
        ["html-as-pdf"] = new Refused(NotAWorkbook),
        ["html"] = new Refused(NotAWorkbook),
        ["svg"] = new Refused(NotAWorkbook),
        ["svg-as-png"] = new Refused(NotAWorkbook),
        ["pdf-html-polyglot"] = new Refused(NotAWorkbook),
        ["jpeg-html-polyglot"] = new Refused(NotAWorkbook),
        ["gifar"] = new Refused(NotAWorkbook),
        ["empty"] = new Refused("Выберите заполненный файл шаблона (.xlsx)."),
        // Over the page's 16 MB request limit (room for the confirmation's base64): the portal's 413 page.
        ["oversize-evidence"] = new Refused(TooLargeRequest),
        ["oversize-import"] = new Refused(ImportTooLarge),
        ["zip-bomb-xlsx"] = new Refused(Unpacked),
        ["zip-bomb-docx"] = new Refused(Unpacked),
        ["zip-bomb-understated"] = new Refused(ImportDamaged),
        ["zip-not-opc"] = new Refused(ArchiveNotOffice),
        ["docx-xxe"] = new Refused(ImportDamaged),
        ["xlsx-billion-laughs"] = new Refused(ImportDamaged),
        ["docx-remote-template"] = new Refused(NotAWorkbook),
        ["docm-as-docx"] = new Refused(NotAWorkbook),
        // Formulas are read as the values Excel shows; the formulas themselves go nowhere (see the test below).
        ["xlsx-formulas"] = new Neutralised(),
        ["xlsx-formula-text"] = new Refused("«=cmd|' /C calc'!A0» — не целое число.", "«@SUM(1+1)*cmd|' /C calc'!A0» — не целое число."),
        ["xlsx-roadmap-formulas"] = new Refused("Строка 1: нет столбца «Школа»."),
        ["traversal-unix"] = new Neutralised(),
        ["traversal-windows"] = new Neutralised(),
        ["absolute-path"] = new Neutralised(),
        ["overlong-name"] = new Neutralised(),
        ["rtl-override"] = new Neutralised(),
        ["control-chars"] = new Neutralised(),
        ["double-ext-exe"] = new Refused(NotAWorkbook),
        ["double-ext-pdf"] = new Refused(NotAWorkbook),
    };

    /// <summary>The bias-list import (Pages/Monitoring/BiasLists/Import): names matched and shown, stored only on confirmation.</summary>
    public static readonly IReadOnlyDictionary<string, Expect> BiasListImport = new Dictionary<string, Expect>
    {
        ["pe-as-pdf"] = new Refused(NotAWorkbook),
        ["pe-as-docx"] = new Refused(NotAWorkbook),
        ["pe-as-xlsx"] = new Refused(NotAWorkbook),
        ["pe-as-jpg"] = new Refused(NotAWorkbook),
        ["elf-as-pdf"] = new Refused(NotAWorkbook),
        ["exe"] = new Refused(NotAWorkbook),
        ["bat"] = new Refused(NotAWorkbook),
        ["ps1"] = new Refused(NotAWorkbook),
        ["html-as-pdf"] = new Refused(NotAWorkbook),
        ["html"] = new Refused(NotAWorkbook),
        ["svg"] = new Refused(NotAWorkbook),
        ["svg-as-png"] = new Refused(NotAWorkbook),
        ["pdf-html-polyglot"] = new Refused(NotAWorkbook),
        ["jpeg-html-polyglot"] = new Refused(NotAWorkbook),
        ["gifar"] = new Refused(NotAWorkbook),
        ["empty"] = new Refused("Вставьте названия школ (по одному в строке) или выберите файл."),
        ["oversize-evidence"] = new Refused(ImportTooLarge),
        ["oversize-import"] = new Refused(ImportTooLarge),
        ["zip-bomb-xlsx"] = new Refused(Unpacked),
        ["zip-bomb-docx"] = new Refused(Unpacked),
        ["zip-bomb-understated"] = new Refused(ImportDamaged),
        ["zip-not-opc"] = new Refused(ArchiveNotOffice),
        ["docx-xxe"] = new Refused(ImportDamaged),
        ["xlsx-billion-laughs"] = new Refused(ImportDamaged),
        ["docx-remote-template"] = new Refused(NotAWorkbook),
        ["docm-as-docx"] = new Refused(NotAWorkbook),
        // The header «Школа» reads as a near match of «Школа А», the formula's shown value as the same school again (see the test below).
        ["xlsx-formulas"] = new Refused("— школа «Школа А» уже указана выше."),
        ["xlsx-formula-text"] = new Refused(UnknownSchool),
        ["xlsx-roadmap-formulas"] = new Refused(UnknownSchool),
        ["traversal-unix"] = new Neutralised(),
        ["traversal-windows"] = new Neutralised(),
        ["absolute-path"] = new Neutralised(),
        ["overlong-name"] = new Neutralised(),
        ["rtl-override"] = new Neutralised(),
        ["control-chars"] = new Neutralised(),
        ["double-ext-exe"] = new Refused(NotAWorkbook),
        ["double-ext-pdf"] = new Refused(NotAWorkbook),
    };

    public static TheoryData<string> Cases => new(HostileFiles.All.Select(f => f.Id));

    [Fact]
    public void The_corpus_has_at_least_20_cases_and_every_upload_point_an_expectation_for_each()
    {
        HostileFiles.All.Should().HaveCountGreaterThanOrEqualTo(20);
        HostileFiles.All.Select(f => f.Id).Should().OnlyHaveUniqueItems();
        foreach (var point in new[] { Evidence, RoadmapImport, InputsImport, BiasListImport })
            point.Keys.Should().BeEquivalentTo(HostileFiles.All.Select(f => f.Id));
    }

    [Theory]
    [InlineData("zip-bomb-xlsx")]
    [InlineData("zip-bomb-docx")]
    [InlineData("zip-bomb-understated")]
    public void A_zip_bomb_of_the_corpus_is_a_few_hundred_KB_that_expands_to_hundreds_of_MB(string id)
    {
        var bomb = HostileFiles.Get(id).Content;
        bomb.Length.Should().BeLessThan(1024 * 1024);

        // Measured by inflating into nothing, a buffer at a time: the expanded size is never held.
        using var archive = new ZipArchive(new MemoryStream(bomb, writable: false), ZipArchiveMode.Read);
        var part = archive.GetEntry(HostileFiles.BombPart(bomb))!;
        using var stream = new DeflateStream(new MemoryStream(bomb, (int)CompressedDataOffset(bomb, part), (int)part.CompressedLength, writable: false),
            CompressionMode.Decompress);
        var buffer = new byte[1024 * 1024];
        long expanded = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            expanded += read;
        expanded.Should().Be(HostileFiles.BombExpandedBytes);
        part.Length.Should().Be(id == "zip-bomb-understated" ? 1024 : HostileFiles.BombExpandedBytes, "the understated bomb lies in its headers");
    }

    // --- the four upload points ----------------------------------------------------------------------

    /// <summary>
    /// One case against all four points in turn, on one clean database (a reset per point would cost the
    /// class most of its time): each point's check names the point when it fails.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_hostile_file_is_refused_or_neutralised_at_every_upload_point(string id)
    {
        var file = HostileFiles.Get(id);
        var plan = await ReportKit.PlanAsync(Portal);
        await Portal.CreateSchoolAsync(HostileFiles.School);
        var campaign = await MonitoringSetup.CampaignAsync(Portal, HostileFiles.Year);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var specialist = await SignedInAsync(Roles.Specialist);
        var methodologist = await SignedInAsync(Roles.Methodologist);

        await EvidenceUploadAsync(principal, await ReportKit.ReportIdAsync(Portal, plan.A, plan.M12.Id), file);
        await RoadmapImportAsync(specialist, file);
        await InputsImportAsync(methodologist, campaign.Id, file);
        await BiasListImportAsync(methodologist, file);
    }

    /// <summary>Evidence of a report, as the principal saves it.</summary>
    private async Task EvidenceUploadAsync(HttpClient principal, int reportId, HostileFile file)
    {
        const string Point = "evidence upload";
        var url = ReportKit.Url(reportId);

        var response = await UploadAsync(principal, url, url + "?handler=Save", "files", file.FileName, file.Content,
            page => [new("Input.Text", "Отчёт"), new("Input.Version", page.QuerySelector("[name='Input.Version']")!.GetAttribute("value")!)]);

        var stored = await Portal.WithDbAsync(db => db.EvidenceFiles.AsNoTracking().Select(f => new { f.Id, f.FileName, f.ContentType, f.Size }).ToListAsync());
        switch (Evidence[file.Id])
        {
            case Refused refused:
                await ShouldBeRefusedAsync(response, refused, "[data-testid=files-error]", file, Point);
                stored.Should().BeEmpty("a refused file is not stored ({0}, {1})", Point, file.Id);
                (await ReportKit.ReportAsync(Portal, reportId)).Text.Should().BeNull("nothing of a refused post is saved ({0}, {1})", Point, file.Id);
                break;
            case Neutralised neutralised:
                response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the file is accepted ({0}, {1})", Point, file.Id);
                var kept = stored.Should().ContainSingle().Subject;
                kept.FileName.Should().Be(neutralised.StoredName, "the name is cleaned ({0}, {1})", Point, file.Id);
                ShouldBeCleanName(kept.FileName);
                kept.Size.Should().Be(file.Content.Length);
                kept.ContentType.Should().BeOneOf(
                    ["application/pdf", "image/jpeg", "image/png", "application/vnd.oasis.opendocument.text",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
                    "the type is the one the content proves, never HTML or SVG ({0}, {1})", Point, file.Id);

                var download = await principal.GetAsync("/Reports/Evidence/" + kept.Id.ToString(CultureInfo.InvariantCulture));
                download.StatusCode.Should().Be(HttpStatusCode.OK);
                download.Content.Headers.ContentType!.MediaType.Should().Be(kept.ContentType);
                download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment", "a browser must save it, not show it ({0})", file.Id);
                download.Content.Headers.ContentDisposition.FileNameStar.Should().Be(kept.FileName);
                download.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
                download.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("sandbox", "nothing in it may run in the portal's origin ({0})", file.Id);
                (await download.Content.ReadAsByteArrayAsync()).Should().Equal(file.Content);
                break;
        }
    }

    /// <summary>Roadmap import, as the specialist reads a file into the preview.</summary>
    private async Task RoadmapImportAsync(HttpClient specialist, HostileFile file)
    {
        const string Point = "roadmap import";
        var before = await Portal.WithDbAsync(db => db.Roadmaps.CountAsync());
        var content = file.Kind == HostileKind.Name ? HostileFiles.Document(withTitle: false) : file.Content;

        var response = await UploadAsync(specialist, "/Roadmaps/Import", "/Roadmaps/Import?handler=Read", "Upload", file.FileName, content, _ => []);

        switch (RoadmapImport[file.Id])
        {
            case Refused refused:
                await ShouldBeRefusedAsync(response, refused, "[data-testid=import-errors]", file, Point);
                break;
            case Neutralised:
                response.StatusCode.Should().Be(HttpStatusCode.OK, "the preview is shown ({0}, {1})", Point, file.Id);
                var page = await HttpClientExtensions.ParseAsync(response);
                page.QuerySelector("[data-testid=import-errors]").Should().BeNull("the file is read ({0}, {1})", Point, file.Id);
                page.QuerySelector("[data-testid=import-summary]")!.TextContent.Should().Contain("мероприятий: " + (file.Id == "xlsx-roadmap-formulas" ? "3" : "2"));
                // The title offered for the draft comes from the name when the document has none: a clean one.
                var title = page.QuerySelector("#Preview_Title")!.TextContent;
                title.Should().NotBeEmpty();
                ShouldBeCleanName(title);
                break;
        }
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(before, "nothing is created before the preview is confirmed ({0}, {1})", Point, file.Id);
    }

    /// <summary>A campaign's inputs import, as the methodologist checks a file.</summary>
    private async Task InputsImportAsync(HttpClient methodologist, int campaignId, HostileFile file)
    {
        const string Point = "inputs import";
        var url = "/Monitoring/Campaigns/Import/" + campaignId.ToString(CultureInfo.InvariantCulture);
        var content = file.Kind == HostileKind.Name ? HostileFiles.Workbook(HostileFiles.InputsSheet(formulas: false, HostileFiles.RemoteMarker)) : file.Content;

        var response = await UploadAsync(methodologist, url, url + "?handler=Preview", "file", file.FileName, content, _ => []);

        switch (InputsImport[file.Id])
        {
            case Refused refused:
                await ShouldBeRefusedAsync(response, refused, "[data-valmsg-for=file], [data-testid=import-errors]", file, Point);
                break;
            case Neutralised:
                response.StatusCode.Should().Be(HttpStatusCode.OK, "the preview is shown ({0}, {1})", Point, file.Id);
                var page = await HttpClientExtensions.ParseAsync(response);
                page.QuerySelector("[data-testid=import-errors]").Should().BeNull("the file is read ({0}, {1})", Point, file.Id);
                var preview = page.QuerySelector("[data-testid=import-preview]")!;
                preview.TextContent.Should().Contain(HostileFiles.School);
                var header = preview.QuerySelector(".card-header")!.TextContent;
                header.Should().StartWith("Будет загружено: 1 школ из файла «");
                ShouldBeCleanName(header.Split('«', 2)[1].TrimEnd('»'));
                break;
        }
        (await Portal.WithDbAsync(db => db.IndicatorValues.CountAsync())).Should().Be(0, "nothing is stored before the preview is confirmed ({0}, {1})", Point, file.Id);
    }

    /// <summary>The bias-list import, as the methodologist matches a file's names.</summary>
    private async Task BiasListImportAsync(HttpClient methodologist, HostileFile file)
    {
        const string Point = "bias-list import";
        var content = file.Kind == HostileKind.Name ? HostileFiles.SchoolList() : file.Content;

        var response = await UploadAsync(methodologist, "/Monitoring/BiasLists/Import", "/Monitoring/BiasLists/Import?handler=Preview", "file", file.FileName, content,
            _ => [new("Year", "2023"), new("Names", "")]);

        switch (BiasListImport[file.Id])
        {
            case Refused refused:
                await ShouldBeRefusedAsync(response, refused, "[data-testid=errors], [data-testid=matches]", file, Point);
                break;
            case Neutralised:
                response.StatusCode.Should().Be(HttpStatusCode.OK, "the names are shown ({0}, {1})", Point, file.Id);
                var page = await HttpClientExtensions.ParseAsync(response);
                page.QuerySelector("[data-testid=errors]").Should().BeNull("the file is read ({0}, {1})", Point, file.Id);
                page.Texts("[data-testid=matches] tbody tr").Should().ContainSingle().Which.Should().Contain(HostileFiles.School).And.Contain("совпадает");
                break;
        }
        (await Portal.WithDbAsync(db => db.BiasListEntries.CountAsync())).Should().Be(0, "nothing is stored before the list is confirmed ({0}, {1})", Point, file.Id);
    }

    // --- what neutralised means for formulas and remote references --------------------------------------

    [Fact]
    public async Task Formulas_in_the_inputs_import_are_read_as_their_shown_values_stored_as_numbers_and_exported_without_formulas()
    {
        var school = await Portal.CreateSchoolAsync(HostileFiles.School);
        var campaign = await MonitoringSetup.CampaignAsync(Portal, HostileFiles.Year);
        var client = await SignedInAsync(Roles.Methodologist);
        var url = "/Monitoring/Campaigns/Import/" + campaign.Id.ToString(CultureInfo.InvariantCulture);
        var file = HostileFiles.Get("xlsx-formulas");

        var preview = await HttpClientExtensions.ParseAsync(await UploadAsync(client, url, url + "?handler=Preview", "file", file.FileName, file.Content, _ => []));
        var confirm = preview.QuerySelector("[data-testid=import-preview] form")!;
        var confirmed = await client.PostAsync(url + "?handler=Confirm", new FormUrlEncodedContent(
            confirm.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))));

        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var p1 = await Portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v => v.SchoolId == school.Id));
        (p1.IndicatorCode, p1.OnTimeCount, p1.WithErrorsCount, p1.LateCount).Should().Be(("P1", 2, 0, 1), "the values Excel showed, not the formulas");

        var export = await client.GetByteArrayAsync(url + "?handler=Template");
        SheetsShouldHaveNoFormulas(export);
        using var book = new XLWorkbook(new MemoryStream(export));
        book.Worksheet(1).CellsUsed().Should().NotContain(c => c.HasFormula);

        // The bias list reads the same shown value: the formula never becomes a name.
        var list = await HttpClientExtensions.ParseAsync(await UploadAsync(client, "/Monitoring/BiasLists/Import", "/Monitoring/BiasLists/Import?handler=Preview",
            "file", file.FileName, file.Content, _ => [new("Year", "2023"), new("Names", "")]));
        var names = list.QuerySelector("input[name=Names]")!.GetAttribute("value")!;
        names.Should().Contain(HostileFiles.School).And.NotContain("HYPERLINK").And.NotContain("cmd|");
    }

    [Fact]
    public async Task Formula_text_in_an_imported_roadmap_is_stored_as_text_and_exported_as_text()
    {
        var client = await SignedInAsync(Roles.Specialist);
        var file = HostileFiles.Get("xlsx-roadmap-formulas");
        var preview = await HttpClientExtensions.ParseAsync(await UploadAsync(client, "/Roadmaps/Import", "/Roadmaps/Import?handler=Read", "Upload",
            file.FileName, file.Content, _ => []));
        var form = new OpenedForm(client, "/Roadmaps/Import", preview);

        var created = await form.PostAsync(
        [
            new("Preview.Title", "План с формулами"), new("Preview.PeriodStart", form.Value("Preview.PeriodStart")),
            new("Preview.PeriodEnd", form.Value("Preview.PeriodEnd")), new("Preview.Payload", form.Value("Preview.Payload")),
        ], handler: "Confirm");

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var roadmap = await Portal.WithDbAsync(db => db.Roadmaps.AsNoTracking().Select(r => new { r.Id, Titles = r.Sections.SelectMany(s => s.Measures).OrderBy(m => m.Position).Select(m => m.Title).ToList() }).SingleAsync());
        roadmap.Titles.Should().Equal(HostileFiles.DdeText, HostileFiles.HyperlinkShown, HostileFiles.AtText);

        var export = await client.GetByteArrayAsync("/Roadmaps/Details/" + roadmap.Id.ToString(CultureInfo.InvariantCulture) + "?handler=Excel");
        SheetsShouldHaveNoFormulas(export);
        using var book = new XLWorkbook(new MemoryStream(export));
        var cells = book.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        cells.Should().NotContain(c => c.HasFormula);
        cells.Select(c => c.GetString()).Should().Contain(new[] { HostileFiles.DdeText, HostileFiles.AtText }, "the text comes back as text");
    }

    [Fact]
    public async Task Remote_references_in_uploads_are_never_fetched()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var remote = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}/";
            var plan = await ReportKit.PlanAsync(Portal);
            var campaign = await MonitoringSetup.CampaignAsync(Portal, HostileFiles.Year);
            await Portal.CreateSchoolAsync(HostileFiles.School);
            var specialist = await SignedInAsync(Roles.Specialist);
            var methodologist = await SignedInAsync(Roles.Methodologist);
            var principal = await SignedInAsync(Roles.Principal, plan.A);
            var reportUrl = ReportKit.Url(await ReportKit.ReportIdAsync(Portal, plan.A, plan.M12.Id));
            var inputsUrl = "/Monitoring/Campaigns/Import/" + campaign.Id.ToString(CultureInfo.InvariantCulture);

            var template = HostileFiles.DocxWithRemoteTemplate(remote);
            var imported = await UploadAsync(specialist, "/Roadmaps/Import", "/Roadmaps/Import?handler=Read", "Upload", "template.docx", template, _ => []);
            var xxe = await UploadAsync(specialist, "/Roadmaps/Import", "/Roadmaps/Import?handler=Read", "Upload", "xxe.docx", HostileFiles.DocxWithXxe(remote), _ => []);
            var evidence = await UploadAsync(principal, reportUrl, reportUrl + "?handler=Save", "files", "template.docx", template,
                page => [new("Input.Version", page.QuerySelector("[name='Input.Version']")!.GetAttribute("value")!)]);
            var inputs = await UploadAsync(methodologist, inputsUrl, inputsUrl + "?handler=Preview", "file", "formulas.xlsx",
                HostileFiles.Workbook(HostileFiles.InputsSheet(formulas: true, remote)), _ => []);

            (await HttpClientExtensions.ParseAsync(imported)).QuerySelector("[data-testid=import-summary]").Should().NotBeNull("the roadmap's table is read");
            (await HttpClientExtensions.ParseAsync(xxe)).QuerySelector("[data-testid=import-errors]").Should().NotBeNull();
            evidence.StatusCode.Should().Be(HttpStatusCode.OK, "the document is refused as evidence");
            (await HttpClientExtensions.ParseAsync(inputs)).QuerySelector("[data-testid=import-preview]").Should().NotBeNull("the inputs are read");
            listener.Pending().Should().BeFalse("nothing in the portal may follow a link inside an uploaded file");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task A_document_linked_to_a_template_and_picture_on_the_authors_own_disk_is_still_accepted_as_evidence()
    {
        var plan = await ReportKit.PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var url = ReportKit.Url(await ReportKit.ReportIdAsync(Portal, plan.A, plan.M12.Id));
        // Word records the template a document was made from as a link, often a local path: nothing to fetch, nothing to leak.
        var local = HostileFiles.DocxWithRemoteTemplate("file:///C:/Users/director/AppData/Roaming/Microsoft/Templates/");

        var response = await UploadAsync(principal, url, url + "?handler=Save", "files", "Приказ.docx", local,
            page => [new("Input.Version", page.QuerySelector("[name='Input.Version']")!.GetAttribute("value")!)]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.EvidenceFiles.Select(f => f.FileName).SingleAsync())).Should().Be("Приказ.docx");
    }

    // --- helpers -------------------------------------------------------------------------------------

    /// <summary>
    /// Opens <paramref name="formUrl"/> for its antiforgery token, then posts the fields and the file as a
    /// hostile client would: the exact name in RFC 5987 «filename*» (which ASP.NET Core prefers, and which
    /// can carry any character), a browser's guess of the type from the extension.
    /// </summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string formUrl, string postUrl, string field, string fileName, byte[] content,
        Func<IDocument, IEnumerable<KeyValuePair<string, string>>> fields)
    {
        var page = await client.GetDocumentAsync(formUrl);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields(page).WithToken(page.AntiforgeryToken()))
            form.Add(new StringContent(value), name);
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue(BrowserType(fileName));
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"", FileName = "\"upload\"", FileNameStar = fileName };
        form.Add(part);
        return await client.PostAsync(postUrl, form);
    }

    private static string BrowserType(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".PDF" => "application/pdf",
        ".HTML" => "text/html",
        ".SVG" => "image/svg+xml",
        ".PNG" => "image/png",
        ".JPG" => "image/jpeg",
        ".EXE" => "application/x-msdownload",
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// A refusal: the form again with the Russian reason where the form shows it, or — for a request over the
    /// page's size limit, which is refused before the form is read — the portal's Russian 413 page. Never a 500.
    /// </summary>
    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, Refused refused, string errors, HostileFile file, string point)
    {
        response.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.RequestEntityTooLarge],
            "a refused upload shows the form again with the reason, or the page of a too large request ({0}, {1})", point, file.Id);
        var page = await HttpClientExtensions.ParseAsync(response);
        var shown = response.StatusCode == HttpStatusCode.OK
            ? string.Join("\n", page.Texts(errors))
            : string.Join(" ", page.Texts("[data-testid=error-heading]").Concat(page.Texts("p.lead")));
        refused.Messages.Should().Contain(m => shown.Contains(m, StringComparison.Ordinal), "the reason is shown ({0}, {1}); the page says: {2}", point, file.Id, shown);
    }

    /// <summary>A name safe to show and to offer for saving: no folders, control or invisible (bidi) characters, within 255.</summary>
    private static void ShouldBeCleanName(string name)
    {
        name.Should().NotContainAny(["/", "\\"]);
        name.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator).Should().BeEmpty("«{0}» shows what it is", name);
        name.Length.Should().BeLessThanOrEqualTo(255);
    }

    /// <summary>No worksheet of the package holds a formula element («&lt;f&gt;» in SpreadsheetML).</summary>
    private static void SheetsShouldHaveNoFormulas(byte[] xlsx)
    {
        using var archive = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read);
        foreach (var sheet in archive.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = reader.ReadToEnd();
            xml.Should().NotContain("<f>").And.NotContain("<f ").And.NotContain(":f>", "{0} holds values only", sheet.FullName);
        }
    }

    /// <summary>Where a part's compressed data begins: after its local header, name and extra field.</summary>
    private static long CompressedDataOffset(byte[] zip, ZipArchiveEntry part)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(part.FullName);
        for (var i = 0; i + 30 + name.Length < zip.Length; i++)
        {
            if (BitConverter.ToUInt32(zip, i) == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
                return i + 30 + name.Length + BitConverter.ToUInt16(zip, i + 28);
        }

        throw new InvalidOperationException("No local header for " + part.FullName);
    }
}
