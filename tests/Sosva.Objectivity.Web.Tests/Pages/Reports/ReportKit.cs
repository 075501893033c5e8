using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

/// <summary>
/// What the execution-report tests share: a plan of two schools and an approved roadmap in two sections,
/// evidence files as their bytes really begin, and posting the report page's multipart form as a browser does.
/// </summary>
internal static class ReportKit
{
    /// <summary>Every school executes three measures: due 26.03.2024 (1.1), 10.04.2024 (1.2) and 31.05.2024 (2.1).</summary>
    public const string Table = "№ п/п\tМероприятия\tСроки\tОтветственные\tОжидаемый результат\n" +
                                "1.\tНормативное обеспечение\t\t\t\n" +
                                "1.1.\tПоложение о проведении ВПР\tДо 26.03.2024 г.\tРуководители ОУ\tПоложение на сайте\n" +
                                "1.2.\tАнализ результатов ВПР прошлого года\tДо 10.04.2024 г.\tРуководители ОУ\tСправка\n" +
                                "2.\tМетодическая работа\t\t\t\n" +
                                "2.1.\tСовещание по объективности\tМай 2024\tРуководители ОУ\tПротокол\n";

    public const string RoadmapTitle = "Комплекс мер 2023/2024";
    public const string SchoolA = "МАОУ СОШ № 1";
    public const string SchoolB = "МКОУ СОШ № 2";

    public static readonly DateOnly Due11 = new(2024, 3, 26);
    public static readonly DateOnly Due12 = new(2024, 4, 10);
    public static readonly DateOnly Due21 = new(2024, 5, 31);

    /// <summary>10 days after 26.03 (1.1 overdue), 5 days before 10.04 (1.2 due soon), long before 31.05 (2.1 not due).</summary>
    public static readonly DateOnly Today = new(2024, 4, 5);

    public sealed record Plan(int A, int B, Roadmap Roadmap)
    {
        public Section Section1 => Roadmap.Sections[0];
        public Section Section2 => Roadmap.Sections[1];
        public Measure M11 => Section1.Measures[0];
        public Measure M12 => Section1.Measures[1];
        public Measure M21 => Section2.Measures[0];
    }

    /// <summary>Schools A and B, the approved roadmap with its reports, «today» 05.04.2024.</summary>
    public static async Task<Plan> PlanAsync(PortalFactory portal)
    {
        var a = await portal.CreateSchoolAsync(SchoolA);
        var b = await portal.CreateSchoolAsync(SchoolB);
        var roadmap = await portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved, title: RoadmapTitle);
        await portal.SyncReportsAsync();
        portal.Clock.SetToday(Today);
        return new Plan(a.Id, b.Id, roadmap);
    }

    public static Task<int> ReportIdAsync(PortalFactory portal, int schoolId, int measureId) =>
        portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.SchoolId == schoolId && r.MeasureId == measureId)
            .Select(r => r.Id).SingleAsync());

    public static Task<ExecutionReport> ReportAsync(PortalFactory portal, int reportId) =>
        portal.WithDbAsync(db => db.ExecutionReports.AsNoTracking().Include(r => r.Files).Include(r => r.History)
            .SingleAsync(r => r.Id == reportId));

    public static string Url(int reportId) => "/Reports/Details/" + reportId.ToString(CultureInfo.InvariantCulture);

    public static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The principal's fields: status (Done, PartlyDone, NotDone, InProgress), text, links one a line.</summary>
    public static KeyValuePair<string, string>[] Fields(string? status, string? text, string? links = null) =>
    [
        new("Input.Status", status ?? ""), new("Input.Text", text ?? ""), new("Input.LinksText", links ?? ""),
    ];

    /// <summary>A file chosen in the report page's file input.</summary>
    public static UploadFile File(string name, byte[] content) => new("files", name, content, GuessType(name));

    /// <summary>
    /// Opens the report page, then posts its form with <paramref name="handler"/> as the button would: the
    /// antiforgery token and the version the page showed, the fields and the files.
    /// </summary>
    public static async Task<HttpResponseMessage> PostReportAsync(HttpClient client, int reportId, string handler,
        IEnumerable<KeyValuePair<string, string>> fields, params UploadFile[] files)
    {
        var form = await OpenedForm.OpenAsync(client, Url(reportId));
        return await PostAsync(form, handler, fields, files);
    }

    /// <summary>Posts an opened report page's form (the principal's or the reviewer's) with the version it showed.</summary>
    public static Task<HttpResponseMessage> PostAsync(OpenedForm form, string handler,
        IEnumerable<KeyValuePair<string, string>> fields, params UploadFile[] files)
    {
        var version = form.Page.QuerySelector("[name='Input.Version']") is not null ? form.Value("Input.Version") : form.Value("Review.Version");
        return form.PostMultipartAsync(
            fields.Append(new("Input.Version", version)).Append(new("Review.Version", version)), files, handler);
    }

    /// <summary>A successful post redirects back to the report page.</summary>
    public static void ShouldRedirectBack(this HttpResponseMessage response, int reportId)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the post must succeed");
        response.Headers.Location!.OriginalString.Should().Be(Url(reportId));
    }

    /// <summary>Texts of the error lists of a refused post (form errors and the files' errors).</summary>
    public static async Task<IDocument> RefusedPageAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a refused post shows the page again with the reasons");
        return await HttpClientExtensions.ParseAsync(response);
    }

    public static string Errors(this IDocument page) =>
        string.Join("\n", page.QuerySelectorAll(".alert-danger, .field-validation-error, [data-testid=files-error]").Select(e => e.TextContent.Trim()));

    /// <summary>A small PDF: what matters is that it begins with «%PDF-».</summary>
    public static byte[] Pdf(string marker = "Приказ") =>
        Encoding.UTF8.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {marker}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The PNG signature and an IHDR chunk header.</summary>
    public static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    /// <summary>The beginning of a Windows program (DOS header «MZ», then binary bytes).</summary>
    public static byte[] Exe()
    {
        var bytes = new byte[512];
        bytes[0] = 0x4D;
        bytes[1] = 0x5A;
        bytes[2] = 0x90;
        bytes[4] = 0x03;
        bytes[60] = 0x80;
        "This program cannot be run in DOS mode."u8.CopyTo(bytes.AsSpan(78));
        return bytes;
    }

    /// <summary>A PDF of exactly <paramref name="size"/> bytes: its header, spaces, and the end-of-file marker a whole PDF has.</summary>
    public static byte[] PdfOfSize(int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        "%PDF-1.4\n"u8.CopyTo(bytes);
        "%%EOF\n"u8.CopyTo(bytes.AsSpan(size - 6));
        return bytes;
    }

    private static string GuessType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };
}
