using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

/// <summary>
/// «Просрочено» (docs/design.md#63-overdue-and-due-soon): a checkpoint whose date has passed with no submitted report
/// standing. The same reports must be overdue wherever people look: «Мои мероприятия», the home pages, the review
/// queue and the matrix.
/// </summary>
public class OverdueTests(PortalFactory portal) : PortalTest(portal)
{
    private Task<int> SetAsync(int schoolId, int measureId, ReportState state) =>
        Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.SchoolId == schoolId && r.MeasureId == measureId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state).SetProperty(r => r.Status, ExecutionStatus.Done)
                .SetProperty(r => r.SubmittedAt, new DateTimeOffset(2024, 3, 25, 7, 0, 0, TimeSpan.Zero))));

    private static string Count(IDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static string? MatrixState(IDocument matrix, int reportId) =>
        matrix.QuerySelector($"[data-testid=matrix] a[href='{Url(reportId)}']")?.GetAttribute("data-state");

    private static List<string> QueueLinks(IDocument queue) =>
        queue.QuerySelectorAll("[data-testid=queue] tbody tr a[href^='/Reports/Details/']").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task A_passed_checkpoint_without_a_submitted_report_is_overdue_in_my_measures_on_the_home_pages_in_the_queue_and_in_the_matrix()
    {
        var plan = await PlanAsync(Portal);
        await SetAsync(plan.B, plan.M11.Id, ReportState.Submitted);
        var a11 = await ReportIdAsync(Portal, plan.A, plan.M11.Id);
        var a12 = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        var a21 = await ReportIdAsync(Portal, plan.A, plan.M21.Id);
        var b11 = await ReportIdAsync(Portal, plan.B, plan.M11.Id);
        var principalA = await SignedInAsync(Roles.Principal, plan.A);
        var principalB = await SignedInAsync(Roles.Principal, plan.B);
        var specialist = await SignedInAsync(Roles.Specialist);

        var my = await principalA.GetDocumentAsync("/Reports/My");
        my.QuerySelectorAll("section[data-testid^=group-]").Select(s => s.GetAttribute("data-testid")).Should()
            .Equal("group-Overdue", "group-DueSoon", "group-Later");
        var overdue = my.QuerySelector("[data-testid=group-Overdue]")!;
        overdue.QuerySelector("h2")!.TextContent.Should().Contain("Просрочено");
        overdue.QuerySelectorAll("tbody tr").Should().ContainSingle().Which.TextContent.Should()
            .Contain("26.03.2024").And.Contain("Положение о проведении ВПР").And.Contain("Просрочен");
        my.QuerySelector($"[data-testid=group-DueSoon] a[href='{Url(a12)}']").Should().NotBeNull();
        my.QuerySelector($"[data-testid=group-Later] a[href='{Url(a21)}']").Should().NotBeNull();
        (await principalA.GetDocumentAsync(Url(a11))).QuerySelector("[data-testid=progress]")!.TextContent.Should().Be("Просрочен");

        var homeA = await principalA.GetDocumentAsync("/");
        (Count(homeA, "count-overdue"), Count(homeA, "count-due-soon"), Count(homeA, "count-returned")).Should().Be(("1", "1", "0"));
        Count(await principalB.GetDocumentAsync("/"), "count-overdue").Should().Be("0", "school B submitted its report in time");
        var staffHome = await specialist.GetDocumentAsync("/");
        Count(staffHome, "count-overdue").Should().Be("1");
        Count(staffHome, "count-to-review").Should().Be("1");
        staffHome.QuerySelector("[data-testid=count-overdue]")!.ParentElement!.TextContent.Should().Contain("школ с просрочкой — 1");

        var queue = await specialist.GetDocumentAsync("/Reports/Review?show=overdue");
        QueueLinks(queue).Should().Equal(Url(a11));
        queue.QuerySelector("[data-testid=queue] tbody tr")!.TextContent.Should().Contain(SchoolA).And.Contain("Просрочен");

        var matrix = await specialist.GetDocumentAsync($"/Reports/Matrix/{S(plan.Roadmap.Id)}");
        MatrixState(matrix, a11).Should().Be("Overdue");
        MatrixState(matrix, b11).Should().Be("Submitted");
        MatrixState(matrix, a12).Should().Be("DueSoon");
        MatrixState(matrix, a21).Should().Be("NotDue");
        matrix.QuerySelectorAll("[data-testid=school-total]").Select(t => t.QuerySelector("span")!.TextContent).Should().Equal("1", "0");
    }

    [Fact]
    public async Task On_the_due_date_a_report_is_not_yet_overdue_and_the_next_day_it_is()
    {
        var plan = await PlanAsync(Portal);
        var a11 = await ReportIdAsync(Portal, plan.A, plan.M11.Id);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var specialist = await SignedInAsync(Roles.Specialist);

        Portal.Clock.SetToday(Due11);
        Count(await principalA(), "count-overdue").Should().Be("0");
        Count(await specialist.GetDocumentAsync("/"), "count-overdue").Should().Be("0");
        MatrixState(await specialist.GetDocumentAsync($"/Reports/Matrix/{S(plan.Roadmap.Id)}"), a11).Should().Be("DueSoon");
        QueueLinks(await specialist.GetDocumentAsync("/Reports/Review?show=overdue")).Should().BeEmpty();

        Portal.Clock.SetToday(Due11.AddDays(1));
        Count(await principalA(), "count-overdue").Should().Be("1");
        Count(await specialist.GetDocumentAsync("/"), "count-overdue").Should().Be("2", "neither school has reported");
        MatrixState(await specialist.GetDocumentAsync($"/Reports/Matrix/{S(plan.Roadmap.Id)}"), a11).Should().Be("Overdue");
        QueueLinks(await specialist.GetDocumentAsync("/Reports/Review?show=overdue")).Should().HaveCount(2).And.Contain(Url(a11));

        Task<IDocument> principalA() => principal.GetDocumentAsync("/");
    }

    [Fact]
    public async Task A_returned_report_past_its_date_is_overdue_and_submitted_or_accepted_ones_are_not()
    {
        var plan = await PlanAsync(Portal);
        await SetAsync(plan.A, plan.M11.Id, ReportState.Returned);
        await SetAsync(plan.B, plan.M11.Id, ReportState.Accepted);
        await SetAsync(plan.B, plan.M12.Id, ReportState.Returned);
        var a11 = await ReportIdAsync(Portal, plan.A, plan.M11.Id);
        var b11 = await ReportIdAsync(Portal, plan.B, plan.M11.Id);
        var b12 = await ReportIdAsync(Portal, plan.B, plan.M12.Id);
        var principalA = await SignedInAsync(Roles.Principal, plan.A);
        var principalB = await SignedInAsync(Roles.Principal, plan.B);
        var specialist = await SignedInAsync(Roles.Specialist);

        var details = await principalA.GetDocumentAsync(Url(a11));
        details.QuerySelector("[data-testid=progress]")!.TextContent.Should().Be("Просрочен");
        details.QuerySelector("h1")!.ParentElement!.TextContent.Should().Contain("Возвращён на доработку");
        (await principalA.GetDocumentAsync("/Reports/My")).QuerySelector($"[data-testid=group-Overdue] a[href='{Url(a11)}']").Should().NotBeNull();
        var homeB = await principalB.GetDocumentAsync("/");
        (Count(homeB, "count-overdue"), Count(homeB, "count-returned")).Should().Be(("0", "1"), "B's returned 1.2 is not due until 10.04");

        QueueLinks(await specialist.GetDocumentAsync("/Reports/Review?show=overdue")).Should().Equal(Url(a11));
        QueueLinks(await specialist.GetDocumentAsync("/Reports/Review?show=returned")).Should().BeEquivalentTo(Url(a11), Url(b12));
        Count(await specialist.GetDocumentAsync("/"), "count-overdue").Should().Be("1");
        var matrix = await specialist.GetDocumentAsync($"/Reports/Matrix/{S(plan.Roadmap.Id)}");
        MatrixState(matrix, a11).Should().Be("Overdue");
        MatrixState(matrix, b11).Should().Be("Accepted");
        MatrixState(matrix, b12).Should().Be("Returned");
    }

    [Fact]
    public async Task A_report_the_plan_no_longer_asks_for_is_not_overdue_anywhere()
    {
        var plan = await PlanAsync(Portal);
        await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.MeasureId == plan.M11.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsRequired, false).SetProperty(r => r.Text, "Начали до отмены")));
        var a11 = await ReportIdAsync(Portal, plan.A, plan.M11.Id);
        var principal = await SignedInAsync(Roles.Principal, plan.A);
        var specialist = await SignedInAsync(Roles.Specialist);

        Count(await principal.GetDocumentAsync("/"), "count-overdue").Should().Be("0");
        (await principal.GetDocumentAsync("/Reports/My")).QuerySelector($"a[href='{Url(a11)}']").Should().BeNull();
        Count(await specialist.GetDocumentAsync("/"), "count-overdue").Should().Be("0");
        QueueLinks(await specialist.GetDocumentAsync("/Reports/Review?show=overdue")).Should().BeEmpty();
        MatrixState(await specialist.GetDocumentAsync($"/Reports/Matrix/{S(plan.Roadmap.Id)}"), a11).Should().BeNull();
        (await principal.GetDocumentAsync(Url(a11))).Body!.TextContent.Should().Contain("Больше не требуется по плану");
    }
}
