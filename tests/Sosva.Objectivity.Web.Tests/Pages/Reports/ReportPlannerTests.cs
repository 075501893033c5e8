using System.Net;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

/// <summary>
/// Reports come from the plan (docs/design.md#61-reports-from-the-plan): one per checkpoint of a measure and school
/// that executes it, once the roadmap is approved. Changes of the plan made on the roadmap pages delete reports
/// nobody has touched and keep, marked not required, those a school has worked on — and bring them back when asked
/// again.
/// </summary>
public class ReportPlannerTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Table = "№ п/п\tМероприятия\tСроки\tОтветственные\tОжидаемый результат\n" +
                                 "1.\tНормативное обеспечение\t\t\t\n" +
                                 "1.1.\tПоложение о проведении ВПР\tДо 26.03.2024 г.\tРуководители ОУ\tПоложение на сайте\n" +
                                 "1.2.\tМониторинг сайтов школ\tЯнварь, май 2024\tРуководители ОУ\tСправка\n" +
                                 "1.3.\tАнализ по запросу\tПо мере необходимости\tРуководители ОУ\tСправка\n" +
                                 "1.4.\tСовещание специалистов\tМай 2024\tСпециалисты УО\tПротокол\n";

    private static readonly DateOnly January = new(2024, 1, 31);
    private static readonly DateOnly March = new(2024, 3, 26);
    private static readonly DateOnly May = new(2024, 5, 31);

    private sealed record Setup(Roadmap Roadmap, int A, int B, HttpClient Specialist)
    {
        public Measure M11 => Roadmap.Sections[0].Measures[0];
        public Measure M12 => Roadmap.Sections[0].Measures[1];
        public string Details => $"/Roadmaps/Details/{S(Roadmap.Id)}";
    }

    /// <summary>Schools A and B, an inactive school C, the roadmap as a draft, a specialist signed in.</summary>
    private async Task<Setup> DraftAsync()
    {
        var a = await Portal.CreateSchoolAsync(SchoolA);
        var b = await Portal.CreateSchoolAsync(SchoolB);
        var c = await Portal.CreateSchoolAsync("МОУ СОШ № 3 (закрыта)");
        await Portal.WithDbAsync(db => db.Schools.Where(s => s.Id == c.Id).ExecuteUpdateAsync(x => x.SetProperty(s => s.IsActive, false)));
        var roadmap = await Portal.CreateRoadmapAsync(Table, title: RoadmapTitle);
        Portal.Clock.SetToday(Today);
        return new Setup(roadmap, a.Id, b.Id, await SignedInAsync(Roles.Specialist, userName: "spicina"));
    }

    private async Task<Setup> ApprovedAsync()
    {
        var s = await DraftAsync();
        await StatusAsync(s, "Approved");
        return s;
    }

    /// <summary>
    /// Changes the roadmap's status, confirming when the page asks first because reports with content would be
    /// retired (docs/decisions/010-plan-changes-keep-reports.md).
    /// </summary>
    private static async Task<string> StatusAsync(Setup s, string status)
    {
        var response = await s.Specialist.PostFormAsync(s.Details, [], $"{s.Details}?handler=Status&status={status}");
        if (response.StatusCode == HttpStatusCode.OK && (await HttpClientExtensions.ParseAsync(response)).QuerySelector(Confirmation) is not null)
            response = await s.Specialist.PostFormAsync(s.Details, [], $"{s.Details}?handler=Status&status={status}&confirmed=true");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (await s.Specialist.GetDocumentAsync(s.Details)).QuerySelector(".alert-success")?.TextContent.Trim() ?? "";
    }

    private Task<List<(int Measure, int School, DateOnly Due, bool Required)>> ReportsAsync() =>
        Portal.WithDbAsync(async db => (await db.ExecutionReports.OrderBy(r => r.MeasureId).ThenBy(r => r.SchoolId).ThenBy(r => r.DueDate)
                .Select(r => new { r.MeasureId, r.SchoolId, r.DueDate, r.IsRequired }).ToListAsync())
            .Select(r => (r.MeasureId, r.SchoolId, r.DueDate, r.IsRequired)).ToList());

    /// <summary>The principal of <paramref name="schoolId"/> writes a draft into the report: now it has content.</summary>
    private async Task<int> WriteAsync(int schoolId, int measureId, DateOnly due)
    {
        var id = await Portal.WithDbAsync(db => db.ExecutionReports
            .Where(r => r.SchoolId == schoolId && r.MeasureId == measureId && r.DueDate == due).Select(r => r.Id).SingleAsync());
        var principal = await SignedInAsync(Roles.Principal, schoolId, $"director{S(schoolId)}-{S(id)}");
        (await PostReportAsync(principal, id, "Save", Fields("InProgress", "Работа начата"))).ShouldRedirectBack(id);
        return id;
    }

    private const string Confirmation = "[data-testid=plan-change-confirmation]";

    /// <summary>
    /// Saves the measure on its editor page with the given schools, checkpoints and report requirement; when the page
    /// asks first because reports with content would be retired, confirms (docs/decisions/010-plan-changes-keep-reports.md).
    /// </summary>
    private static async Task EditMeasureAsync(Setup s, Measure measure, string scope = "AllSchools", int[]? schools = null,
        string? checkpoints = null, bool reportRequired = true)
    {
        var response = await PostMeasureAsync(s, measure, scope, schools, checkpoints, reportRequired);
        if (response.StatusCode == HttpStatusCode.OK && (await HttpClientExtensions.ParseAsync(response)).QuerySelector(Confirmation) is not null)
            response = await PostMeasureAsync(s, measure, scope, schools, checkpoints, reportRequired, confirmed: true);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the measure is saved");
    }

    /// <summary>Posts the measure's editor form once, as «Сохранить» (or «Сохранить всё равно» when <paramref name="confirmed"/>).</summary>
    private static async Task<HttpResponseMessage> PostMeasureAsync(Setup s, Measure measure, string scope = "AllSchools", int[]? schools = null,
        string? checkpoints = null, bool reportRequired = true, bool confirmed = false, string? title = null, bool reportRequiredHidden = false)
    {
        var url = $"/Roadmaps/Measure/{S(measure.Id)}";
        var form = await OpenedForm.OpenAsync(s.Specialist, url);
        KeyValuePair<string, string>[] fields =
        [
            new("Input.SectionId", S(measure.SectionId)), new("Input.Number", measure.Number!), new("Input.Title", title ?? measure.Title),
            new("Input.DeadlineText", measure.DeadlineText ?? ""), new("Input.Checkpoints", checkpoints ?? ""),
            new("Input.CheckpointsEdited", checkpoints is null ? "false" : "true"), new("Input.ResponsibleText", measure.ResponsibleText ?? ""),
            new("Input.ExpectedResult", measure.ExpectedResult ?? ""), new("Input.DocumentType", ""), new("Input.ExecutionScope", scope),
            new("Input.ReportRequired", reportRequired ? "true" : "false"), new("Input.ReportRequiredHidden", reportRequiredHidden ? "true" : "false"),
            new("Version", form.Value("Version")),
            .. (schools ?? []).Select(id => new KeyValuePair<string, string>("Input.ChosenSchoolIds", S(id))),
            .. (confirmed ? [new KeyValuePair<string, string>("Confirmed", "true")] : Array.Empty<KeyValuePair<string, string>>()),
        ];
        return await form.PostAsync(fields);
    }

    /// <summary>Marks the report as the department left it: accepted or submitted.</summary>
    private Task<int> SetStateAsync(int reportId, ReportState state) =>
        Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.Id == reportId).ExecuteUpdateAsync(x => x.SetProperty(r => r.State, state)));

    [Fact]
    public async Task A_draft_has_no_reports_and_approval_creates_one_per_checkpoint_and_active_school_that_executes_the_measure()
    {
        var s = await DraftAsync();
        await Portal.SyncReportsAsync();
        (await ReportsAsync()).Should().BeEmpty("a draft asks nothing of schools");

        var message = await StatusAsync(s, "Approved");

        message.Should().Contain("отчётов школ ожидается: 6");
        (await ReportsAsync()).Should().Equal(
            (s.M11.Id, s.A, March, true), (s.M11.Id, s.B, March, true),
            (s.M12.Id, s.A, January, true), (s.M12.Id, s.A, May, true), (s.M12.Id, s.B, January, true), (s.M12.Id, s.B, May, true));
        // 1.3 has no date until a specialist sets one; 1.4 is the department's own; school C is closed.
        await Portal.SyncReportsAsync();
        (await ReportsAsync()).Should().HaveCount(6, "synchronising again changes nothing");
    }

    [Fact]
    public async Task Taking_a_school_off_a_measure_deletes_its_empty_report_and_keeps_one_with_work_marked_not_required_and_putting_it_back_revives_it()
    {
        var s = await ApprovedAsync();

        await EditMeasureAsync(s, s.M11, "ChosenSchools", [s.A]);
        (await ReportsAsync()).Where(r => r.Measure == s.M11.Id).Should().Equal((s.M11.Id, s.A, March, true));

        var written = await WriteAsync(s.A, s.M11.Id, March);
        await EditMeasureAsync(s, s.M11, "ChosenSchools", [s.B]);
        (await ReportsAsync()).Where(r => r.Measure == s.M11.Id).Should().Equal((s.M11.Id, s.A, March, false), (s.M11.Id, s.B, March, true));
        var kept = await ReportAsync(Portal, written);
        kept.Text.Should().Be("Работа начата");
        kept.History.Should().ContainSingle().Which.Kind.Should().Be(ReportEventKind.NoLongerRequired);

        var principal = await SignedInAsync(Roles.Principal, s.A, "director-a");
        (await principal.GetDocumentAsync("/Reports/My")).QuerySelector($"a[href='{Url(written)}']").Should().BeNull("it is no longer asked for");
        var page = await principal.GetDocumentAsync(Url(written));
        page.QuerySelector("h1")!.ParentElement!.TextContent.Should().Contain("Больше не требуется по плану");
        page.QuerySelector("[data-testid=history]")!.TextContent.Should().Contain("Больше не требуется по плану")
            .And.Contain("Контрольный срок или школа исключены из плана; отчёт сохранён").And.Contain("spicina");

        await EditMeasureAsync(s, s.M11, "ChosenSchools", [s.A, s.B]);
        (await ReportsAsync()).Where(r => r.Measure == s.M11.Id).Should().Equal((s.M11.Id, s.A, March, true), (s.M11.Id, s.B, March, true));
        var revived = await ReportAsync(Portal, written);
        revived.Text.Should().Be("Работа начата");
        revived.History.OrderBy(e => e.Id).Select(e => e.Kind).Should().Equal(ReportEventKind.NoLongerRequired, ReportEventKind.RequiredAgain);
    }

    [Fact]
    public async Task Removing_a_checkpoint_deletes_its_empty_reports_keeps_the_one_with_work_and_leaves_the_other_checkpoint_alone()
    {
        var s = await ApprovedAsync();
        var written = await WriteAsync(s.A, s.M12.Id, January);
        var mayReports = await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.MeasureId == s.M12.Id && r.DueDate == May)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());

        await EditMeasureAsync(s, s.M12, checkpoints: "31.05.2024");

        (await ReportsAsync()).Where(r => r.Measure == s.M12.Id).Should().Equal(
            (s.M12.Id, s.A, January, false), (s.M12.Id, s.A, May, true), (s.M12.Id, s.B, May, true));
        (await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.MeasureId == s.M12.Id && r.DueDate == May)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync())).Should().Equal(mayReports, "an unchanged checkpoint keeps its reports");
        (await ReportAsync(Portal, written)).Text.Should().Be("Работа начата");
    }

    [Fact]
    public async Task A_checkpoint_that_moves_keeps_its_reports_an_accepted_one_stays_accepted_and_required()
    {
        var s = await ApprovedAsync();
        var accepted = await WriteAsync(s.A, s.M11.Id, March);
        await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.Id == accepted)
            .ExecuteUpdateAsync(x => x.SetProperty(r => r.State, ReportState.Accepted)));
        var before = await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.MeasureId == s.M11.Id)
            .OrderBy(r => r.SchoolId).Select(r => r.Id).ToListAsync());
        var April = new DateOnly(2024, 4, 15);

        await EditMeasureAsync(s, s.M11, checkpoints: "15.04.2024");

        (await ReportsAsync()).Where(r => r.Measure == s.M11.Id).Should().Equal(
            (s.M11.Id, s.A, April, true), (s.M11.Id, s.B, April, true));
        (await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.MeasureId == s.M11.Id)
            .OrderBy(r => r.SchoolId).Select(r => r.Id).ToListAsync())).Should().Equal(before, "the reports follow the checkpoint");
        var report = await ReportAsync(Portal, accepted);
        (report.State, report.Text).Should().Be((ReportState.Accepted, "Работа начата"));
        report.History.Should().ContainSingle(e => e.Kind == ReportEventKind.Moved)
            .Which.Comment.Should().Be("Контрольный срок перенесён с 26.03.2024 на 15.04.2024");
    }

    [Fact]
    public async Task No_longer_requiring_a_report_retires_the_reports_with_work_and_deletes_the_rest()
    {
        var s = await ApprovedAsync();
        var written = await WriteAsync(s.B, s.M11.Id, March);

        await EditMeasureAsync(s, s.M11, reportRequired: false);

        (await ReportsAsync()).Where(r => r.Measure == s.M11.Id).Should().Equal((s.M11.Id, s.B, March, false));
        (await ReportAsync(Portal, written)).IsRequired.Should().BeFalse();
        (await ReportsAsync()).Where(r => r.Measure == s.M12.Id).Should().HaveCount(4).And.OnlyContain(r => r.Required);
    }

    [Fact]
    public async Task A_measure_with_a_schools_work_cannot_be_deleted_and_one_with_empty_reports_goes_with_them()
    {
        var s = await ApprovedAsync();
        var written = await WriteAsync(s.A, s.M11.Id, March);

        (await s.Specialist.PostFormAsync(s.Details, [], $"{s.Details}?handler=DeleteMeasure&measureId={S(s.M11.Id)}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await s.Specialist.GetDocumentAsync(s.Details)).QuerySelector(".alert-success")!.TextContent.Should()
            .Contain("Мероприятие 1.1. не удалено: по нему школы уже отчитались (1). Отчёты школ не удаляются вместе с планом.");
        (await Portal.WithDbAsync(db => db.Measures.AnyAsync(m => m.Id == s.M11.Id))).Should().BeTrue();
        (await ReportsAsync()).Where(r => r.Measure == s.M11.Id).Should().HaveCount(2, "nothing is deleted when the deletion is refused");
        (await ReportAsync(Portal, written)).Text.Should().Be("Работа начата");

        (await s.Specialist.PostFormAsync(s.Details, [], $"{s.Details}?handler=DeleteMeasure&measureId={S(s.M12.Id)}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.Measures.AnyAsync(m => m.Id == s.M12.Id))).Should().BeFalse();
        (await ReportsAsync()).Should().NotContain(r => r.Measure == s.M12.Id);
    }

    [Fact]
    public async Task Back_to_draft_keeps_only_the_reports_with_work_and_approving_again_revives_them_and_recreates_the_rest()
    {
        var s = await ApprovedAsync();
        var written = await WriteAsync(s.A, s.M11.Id, March);
        var principal = await SignedInAsync(Roles.Principal, s.B, "director-b");

        await StatusAsync(s, "Draft");

        (await ReportsAsync()).Should().Equal((s.M11.Id, s.A, March, false));
        (await principal.GetDocumentAsync("/Reports/My")).QuerySelector("[data-testid=empty]").Should().NotBeNull();

        var message = await StatusAsync(s, "Approved");

        message.Should().Contain("отчётов школ ожидается: 6");
        (await ReportsAsync()).Should().HaveCount(6).And.OnlyContain(r => r.Required);
        var revived = await ReportAsync(Portal, written);
        revived.Text.Should().Be("Работа начата");
        revived.Status.Should().Be(ExecutionStatus.InProgress);
        revived.History.OrderBy(e => e.Id).Select(e => e.Kind).Should().Equal(ReportEventKind.NoLongerRequired, ReportEventKind.RequiredAgain);
        (await principal.GetDocumentAsync("/Reports/My")).QuerySelectorAll("a[href^='/Reports/Details/']").Should().HaveCount(3);
    }

    [Fact]
    public async Task An_edit_that_would_retire_reports_with_work_asks_first_listing_them_and_saves_only_when_confirmed()
    {
        var s = await ApprovedAsync();
        var accepted = await WriteAsync(s.A, s.M12.Id, January);
        await SetStateAsync(accepted, ReportState.Accepted);
        await WriteAsync(s.A, s.M12.Id, May);
        await WriteAsync(s.B, s.M12.Id, January);
        var before = await ReportsAsync();

        var response = await PostMeasureAsync(s, s.M12, reportRequired: false, title: "Мониторинг сайтов школ (уточнено)");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "nothing is saved before the person confirms");
        var page = await HttpClientExtensions.ParseAsync(response);
        page.QuerySelector(Confirmation)!.TextContent.Should()
            .Contain("3 отчёта 2 школ больше не потребуются по плану; из них принято: 1, не отправлено школой: 2.")
            .And.Contain("Отчёты сохранятся с пометкой «Больше не требуется по плану».")
            .And.Contain("Сохранить всё равно").And.Contain("Вернуться к редактированию");
        page.Texts("[data-testid=plan-change-reports] > li > .fw-semibold").Should().Equal(SchoolA, SchoolB);
        page.Texts("[data-testid=plan-change-report]").Should().Equal(
            "1.2. Мониторинг сайтов школ — срок 31.01.2024, принят", "1.2. Мониторинг сайтов школ — срок 31.05.2024, не отправлен",
            "1.2. Мониторинг сайтов школ — срок 31.01.2024, не отправлен");
        page.QuerySelector("[name='Input.Title']")!.TextContent.Should().Be("Мониторинг сайтов школ (уточнено)", "the form keeps what was typed");
        page.QuerySelector("[name='Input.ReportRequired'][type=checkbox]")!.HasAttribute("checked").Should().BeFalse();
        (await ReportsAsync()).Should().Equal(before, "nothing changed in the database");
        (await Portal.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == s.M12.Id))).Should()
            .Match<Measure>(m => m.ReportRequired && m.Title == "Мониторинг сайтов школ");

        (await PostMeasureAsync(s, s.M12, reportRequired: false, title: "Мониторинг сайтов школ (уточнено)", confirmed: true))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await ReportsAsync()).Where(r => r.Measure == s.M12.Id).Should().Equal(
            (s.M12.Id, s.A, January, false), (s.M12.Id, s.A, May, false), (s.M12.Id, s.B, January, false));
        (await ReportAsync(Portal, accepted)).State.Should().Be(ReportState.Accepted);
        (await Portal.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == s.M12.Id))).Title.Should().Be("Мониторинг сайтов школ (уточнено)");
    }

    [Fact]
    public async Task Taking_a_school_with_an_accepted_report_off_a_measure_names_the_school_and_the_report_first()
    {
        var s = await ApprovedAsync();
        var accepted = await WriteAsync(s.A, s.M11.Id, March);
        await SetStateAsync(accepted, ReportState.Accepted);

        var response = await PostMeasureAsync(s, s.M11, "ChosenSchools", [s.B]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var panel = (await HttpClientExtensions.ParseAsync(response)).QuerySelector(Confirmation)!.TextContent;
        panel.Should().Contain("1 отчёт 1 школы больше не потребуется по плану (принят).").And.Contain("Отчёт сохранится с пометкой")
            .And.Contain(SchoolA).And.Contain("26.03.2024").And.NotContain(SchoolB);
        (await Portal.WithDbAsync(db => db.MeasureSchools.CountAsync(a => a.MeasureId == s.M11.Id))).Should().Be(0, "still «all schools»");
        (await ReportsAsync()).Where(r => r.Measure == s.M11.Id).Should().OnlyContain(r => r.Required).And.HaveCount(2);
    }

    [Fact]
    public async Task An_edit_that_retires_nothing_with_work_saves_directly()
    {
        var s = await ApprovedAsync();
        var written = await WriteAsync(s.A, s.M11.Id, March);

        // School B's report is empty: it is simply deleted, nothing to confirm.
        (await PostMeasureAsync(s, s.M11, "ChosenSchools", [s.A])).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await ReportsAsync()).Where(r => r.Measure == s.M11.Id).Should().Equal((s.M11.Id, s.A, March, true));
        (await ReportAsync(Portal, written)).Text.Should().Be("Работа начата");
    }

    [Fact]
    public async Task Archiving_a_roadmap_with_accepted_reports_asks_first_and_archives_on_confirmation()
    {
        var s = await ApprovedAsync();
        var accepted = await WriteAsync(s.A, s.M11.Id, March);
        await SetStateAsync(accepted, ReportState.Accepted);
        var before = await ReportsAsync();

        var response = await s.Specialist.PostFormAsync(s.Details, [], $"{s.Details}?handler=Status&status=Archived");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HttpClientExtensions.ParseAsync(response);
        page.QuerySelector(Confirmation)!.TextContent.Should().Contain("Перенос в архив затронет отчёты школ")
            .And.Contain("1 отчёт 1 школы больше не потребуется по плану (принят).").And.Contain(SchoolA)
            .And.Contain("Перенести в архив всё равно");
        page.QuerySelector("[data-testid=roadmap-status]")!.TextContent.Should().Be("утверждена", "not archived yet");
        (await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync(r => r.Id == s.Roadmap.Id))).Status.Should().Be(RoadmapStatus.Approved);
        (await ReportsAsync()).Should().Equal(before);

        (await s.Specialist.PostFormAsync(s.Details, [], $"{s.Details}?handler=Status&status=Archived&confirmed=true"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync(r => r.Id == s.Roadmap.Id))).Status.Should().Be(RoadmapStatus.Archived);
        (await ReportsAsync()).Should().Equal((s.M11.Id, s.A, March, false));
        (await ReportAsync(Portal, accepted)).State.Should().Be(ReportState.Accepted);
    }

    [Fact]
    public async Task Archiving_a_roadmap_whose_reports_are_all_empty_archives_directly()
    {
        var s = await ApprovedAsync();

        (await s.Specialist.PostFormAsync(s.Details, [], $"{s.Details}?handler=Status&status=Archived"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync(r => r.Id == s.Roadmap.Id))).Status.Should().Be(RoadmapStatus.Archived);
        (await ReportsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Reports_box_follows_the_scope_a_box_shown_disabled_for_the_departments_own_measure_counts_as_ticked()
    {
        var s = await ApprovedAsync();
        var m14 = s.Roadmap.Sections[0].Measures[3];
        m14.ExecutionScope.Should().Be(ExecutionScope.DepartmentOnly);
        var page = await s.Specialist.GetDocumentAsync($"/Roadmaps/Measure/{S(m14.Id)}");
        var box = page.QuerySelector("[name='Input.ReportRequired'][type=checkbox]")!;
        (box.HasAttribute("disabled"), box.HasAttribute("checked")).Should().Be((true, false));
        page.QuerySelector("[name='Input.ReportRequiredHidden']")!.GetAttribute("value").Should().Be("true");
        page.QuerySelector("[data-report-required-hint]")!.TextContent.Should().Contain("Школы не отчитываются");

        // The box was never enabled (no script): only the form's hidden «false» arrives, and it is not taken as «no reports».
        (await PostMeasureAsync(s, m14, "AllSchools", reportRequired: false, reportRequiredHidden: true)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == m14.Id))).ReportRequired.Should().BeTrue();
        (await ReportsAsync()).Where(r => r.Measure == m14.Id).Should().HaveCount(2);

        // A box the person saw and unticked is kept as posted.
        (await PostMeasureAsync(s, m14, "ChosenSchools", [s.A], reportRequired: false)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == m14.Id))).ReportRequired.Should().BeFalse();
    }
}
