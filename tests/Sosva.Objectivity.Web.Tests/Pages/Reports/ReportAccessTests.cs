using System.Net;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

/// <summary>
/// Who may read, fill and review which report (docs/design.md#2-roles-and-access), tried per resource by changing ids
/// in URLs and forms as an attacker would; after every refusal the data is checked to be as it was.
/// </summary>
public class ReportAccessTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>School A's report 1.2 with a draft text and one file, and A's report 1.1 submitted.</summary>
    private async Task<(ReportKit.Plan Plan, int Draft, int Submitted, int FileId)> SchoolAsReportsAsync()
    {
        var plan = await PlanAsync(Portal);
        var a = await SignedInAsync(Roles.Principal, plan.A, "director-a");
        var draft = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        var submitted = await ReportIdAsync(Portal, plan.A, plan.M11.Id);
        (await PostReportAsync(a, draft, "Save", Fields("InProgress", "Текст школы А"), File("Справка А.pdf", Pdf("А")))).ShouldRedirectBack(draft);
        (await PostReportAsync(a, submitted, "Submit", Fields("Done", "Отчёт школы А"))).ShouldRedirectBack(submitted);
        var fileId = (await ReportAsync(Portal, draft)).Files.Single().Id;
        return (plan, draft, submitted, fileId);
    }

    /// <summary>What must not change: every report's state, texts, files and version.</summary>
    private Task<string> SnapshotAsync() => Portal.WithDbAsync(async db => string.Join("\n",
        (await db.ExecutionReports.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.State, r.Status, r.Text, r.Version, r.ReviewComment, Files = r.Files.Count(f => f.RemovedAt == null) })
            .ToListAsync()).Select(r => r.ToString())));

    private static Task<string> TokenAsync(HttpClient client, string url) => client.AntiforgeryTokenAsync(url);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string url, params KeyValuePair<string, string>[] fields) =>
        client.PostAsync(url, HttpClientExtensions.Multipart(fields.WithToken(token),
            [File("Чужой.pdf", Pdf("чужой"))]));

    [Fact]
    public async Task A_principal_of_school_B_can_neither_read_nor_change_school_As_report_nor_download_its_evidence()
    {
        var (plan, draft, submitted, fileId) = await SchoolAsReportsAsync();
        var b = await SignedInAsync(Roles.Principal, plan.B, "director-b");
        var own = await ReportIdAsync(Portal, plan.B, plan.M12.Id);
        var token = await TokenAsync(b, Url(own));
        var before = await SnapshotAsync();

        (await b.GetAsync(Url(draft))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await b.GetAsync(Url(submitted))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await b.GetAsync($"/Reports/Evidence/{S(fileId)}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var version = new KeyValuePair<string, string>("Input.Version", (await ReportAsync(Portal, draft)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (report, handler) in new[]
                 {
                     (draft, "Save"), (draft, "Submit"), (draft, $"RemoveFile&fileId={S(fileId)}"), (submitted, "Accept"), (submitted, "Return"),
                 })
        {
            var response = await PostAsync(b, token, $"{Url(report)}?handler={handler}",
                [.. Fields("NotDone", "Чужой текст"), version, new("Review.Comment", "Чужой комментарий")]);
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "{0} of school A's report", handler);
        }

        (await SnapshotAsync()).Should().Be(before);
        (await b.GetAsync(Url(own))).StatusCode.Should().Be(HttpStatusCode.OK, "the own school's report opens");
        (await b.GetAsync("/Reports/Details/424242")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_report_id_in_the_form_does_not_redirect_a_post_to_another_schools_report()
    {
        var (plan, draft, submitted, fileId) = await SchoolAsReportsAsync();
        var b = await SignedInAsync(Roles.Principal, plan.B, "director-b");
        var own = await ReportIdAsync(Portal, plan.B, plan.M12.Id);
        var schoolA = () => Portal.WithDbAsync(async db => string.Join("\n", (await db.ExecutionReports.AsNoTracking()
                .Where(r => r.SchoolId == plan.A).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.State, r.Text, r.Version, Files = r.Files.Count(f => f.RemovedAt == null) }).ToListAsync())
            .Select(r => r.ToString())));
        var before = await schoolA();

        foreach (var handler in new[] { "Save", $"RemoveFile&fileId={S(fileId)}", "Submit" })
        {
            var form = await OpenedForm.OpenAsync(b, Url(own));
            var version = new KeyValuePair<string, string>("Input.Version", form.Value("Input.Version"));
            var response = await form.PostMultipartAsync([.. Fields("NotDone", "Чужой текст"), version, new("id", S(draft))],
                [File("Чужой.pdf", Pdf())], handler);

            response.StatusCode.Should().NotBe(HttpStatusCode.InternalServerError, handler);
            if (response.StatusCode == HttpStatusCode.Redirect)
                response.Headers.Location!.OriginalString.Should().Be(Url(own), "whatever the form says, a post acts on the report of its URL");
            (await schoolA()).Should().Be(before, "{0} through school B's page must not touch school A's reports", handler);
        }
        (await ReportAsync(Portal, draft)).Files.Should().ContainSingle(f => f.Id == fileId && f.RemovedAt == null);
        (await ReportAsync(Portal, submitted)).State.Should().Be(ReportState.Submitted);
    }

    [Fact]
    public async Task A_principal_cannot_remove_another_reports_file_through_the_own_report()
    {
        var (plan, draft, _, fileId) = await SchoolAsReportsAsync();
        var b = await SignedInAsync(Roles.Principal, plan.B, "director-b");
        var own = await ReportIdAsync(Portal, plan.B, plan.M12.Id);
        var form = await OpenedForm.OpenAsync(b, Url(own));

        var response = await form.PostAsync([new("Input.Version", form.Value("Input.Version"))], $"RemoveFile&fileId={S(fileId)}");

        (await RefusedPageAsync(response)).Errors().Should().Contain("Такого файла в отчёте нет.");
        (await ReportAsync(Portal, draft)).Files.Should().ContainSingle(f => f.Id == fileId && f.RemovedAt == null);
    }

    [Fact]
    public async Task A_principal_sees_only_the_own_schools_reports_in_my_measures_and_cannot_export_another_schools_report()
    {
        var (plan, draft, submitted, _) = await SchoolAsReportsAsync();
        var b = await SignedInAsync(Roles.Principal, plan.B, "director-b");

        var my = await b.GetDocumentAsync("/Reports/My");

        var links = my.QuerySelectorAll("a[href^='/Reports/Details/']").Select(a => a.GetAttribute("href")).ToList();
        var bReports = await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.SchoolId == plan.B).Select(r => r.Id).ToListAsync());
        links.Should().BeEquivalentTo(bReports.Select(Url));
        links.Should().NotContain([Url(draft), Url(submitted)]);
        my.Body!.TextContent.Should().Contain(SchoolB).And.NotContain("Текст школы А");
        foreach (var handler in new[] { "Excel", "Pdf" })
        {
            (await b.GetAsync($"/Reports/SchoolReport?handler={handler}&schoolId={S(plan.A)}")).StatusCode
                .Should().Be(HttpStatusCode.Forbidden, handler);
            (await b.GetAsync($"/Reports/SchoolReport?handler={handler}&schoolId={S(plan.B)}")).StatusCode
                .Should().Be(HttpStatusCode.OK, handler);
        }
    }

    [Fact]
    public async Task Principals_cannot_open_the_review_queue_or_the_matrix_and_staff_cannot_open_my_measures()
    {
        var plan = await PlanAsync(Portal);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var specialist = await SignedInAsync(Roles.Specialist);

        foreach (var url in new[] { "/Reports/Review", "/Reports/Review?show=overdue", $"/Reports/Matrix/{S(plan.Roadmap.Id)}",
                     $"/Reports/Matrix/{S(plan.Roadmap.Id)}?handler=Excel" })
        {
            (await principal.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden, url);
            (await specialist.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, url);
        }
        (await specialist.GetAsync("/Reports/My")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await specialist.GetAsync("/Reports/Matrix/424242")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_methodologist_reads_a_report_but_cannot_accept_return_or_fill_it()
    {
        var (_, draft, submitted, fileId) = await SchoolAsReportsAsync();
        var methodologist = await SignedInAsync(Roles.Methodologist);
        var before = await SnapshotAsync();

        var page = await methodologist.GetDocumentAsync(Url(submitted));
        page.QuerySelector("[data-testid=report-readonly]")!.TextContent.Should().Contain("Отчёт школы А");
        page.QuerySelector("[data-testid=review-form]").Should().BeNull();
        page.QuerySelector("[data-testid=report-form]").Should().BeNull();
        (await methodologist.GetAsync($"/Reports/Evidence/{S(fileId)}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var token = await TokenAsync(methodologist, Url(submitted));
        var version = new KeyValuePair<string, string>("Review.Version", (await ReportAsync(Portal, submitted)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var handler in new[] { "Accept", "Return" })
            (await PostAsync(methodologist, token, $"{Url(submitted)}?handler={handler}", version, new("Review.Comment", "Методист")))
                .StatusCode.Should().Be(HttpStatusCode.Forbidden, handler);
        foreach (var handler in new[] { "Save", "Submit", $"RemoveFile&fileId={S(fileId)}" })
            (await PostAsync(methodologist, token, $"{Url(draft)}?handler={handler}", [.. Fields("Done", "Методист пишет")]))
                .StatusCode.Should().Be(HttpStatusCode.Forbidden, handler);

        (await SnapshotAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.Administrator)]
    public async Task Specialists_and_administrators_review_but_do_not_fill_a_schools_report(string role)
    {
        var (_, draft, submitted, _) = await SchoolAsReportsAsync();
        var reviewer = await SignedInAsync(role, userName: "reviewer");

        var page = await reviewer.GetDocumentAsync(Url(draft));
        page.QuerySelector("[data-testid=report-form]").Should().BeNull("staff do not write a school's report");
        var token = await TokenAsync(reviewer, Url(draft));
        (await PostAsync(reviewer, token, $"{Url(draft)}?handler=Save", [.. Fields("Done", "Специалист пишет")]))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ReportAsync(Portal, draft)).Text.Should().Be("Текст школы А");

        (await PostReportAsync(reviewer, submitted, "Accept", [new("Review.Comment", "Принято")])).ShouldRedirectBack(submitted);
        var accepted = await ReportAsync(Portal, submitted);
        accepted.State.Should().Be(ReportState.Accepted);
        accepted.ReviewedBy.Should().Be("reviewer");
    }

    [Fact]
    public async Task The_principal_of_the_school_cannot_review_the_own_report()
    {
        var (plan, _, submitted, _) = await SchoolAsReportsAsync();
        var a = await SignedInAsync(Roles.Principal, plan.A, "deputy-a");
        var token = await TokenAsync(a, Url(submitted));
        var version = new KeyValuePair<string, string>("Review.Version", (await ReportAsync(Portal, submitted)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture));

        (await a.GetDocumentAsync(Url(submitted))).QuerySelector("[data-testid=review-form]").Should().BeNull();
        (await PostAsync(a, token, $"{Url(submitted)}?handler=Accept", version)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ReportAsync(Portal, submitted)).State.Should().Be(ReportState.Submitted);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var (_, draft, _, fileId) = await SchoolAsReportsAsync();
        var anonymous = NewClient();

        foreach (var url in new[] { Url(draft), $"/Reports/Evidence/{S(fileId)}", "/Reports/My", "/Reports/Review" })
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            response.Headers.Location!.AbsolutePath.Should().Be("/Account/Login");
        }
    }
}
