using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Browser;

/// <summary>
/// A plan change that would retire a school's work asks first (docs/decisions/010-plan-changes-keep-reports.md), and
/// the measure form's «Школы отчитываются» follows the chosen scope.
/// </summary>
public class PlanChangeJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Table = "№ п/п\tМероприятия\tСроки\tОтветственные\tОжидаемый результат\n" +
                                 "1.\tНормативное обеспечение\t\t\t\n" +
                                 "1.1.\tПоложение о проведении ВПР\tДо 26.03.2024 г.\tРуководители ОУ\tПоложение на сайте\n" +
                                 "1.2.\tСовещание специалистов\tМай 2024\tСпециалисты УО\tПротокол\n";

    [Fact]
    public async Task Specialist_sees_the_reports_box_follow_the_scope_and_confirms_an_edit_that_retires_an_accepted_report()
    {
        var a = await Portal.CreateSchoolAsync(SchoolA);
        var b = await Portal.CreateSchoolAsync(SchoolB);
        await Portal.CreateUserAsync("specialist", Roles.Specialist);
        Portal.Clock.SetToday(Today);
        var roadmap = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved, title: RoadmapTitle);
        var (m11, m12) = (roadmap.Sections[0].Measures[0], roadmap.Sections[0].Measures[1]);
        await Portal.SyncReportsAsync();
        await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.MeasureId == m11.Id && r.SchoolId == a.Id)
            .ExecuteUpdateAsync(x => x.SetProperty(r => r.State, ReportState.Accepted).SetProperty(r => r.Text, "Положение размещено")));
        var page = await SignInAsync("specialist");

        // The department's own measure: the box is off and disabled; a school scope turns it on, «только УО» off again.
        await page.GotoAsync($"/Roadmaps/Measure/{m12.Id}");
        var box = page.Locator("#Input_ReportRequired");
        (await box.IsDisabledAsync(), await box.IsCheckedAsync()).Should().Be((true, false));
        (await page.Locator("[data-report-required-hint]").IsVisibleAsync()).Should().BeTrue();
        await page.Locator("#scope-AllSchools").CheckAsync();
        (await box.IsDisabledAsync(), await box.IsCheckedAsync()).Should().Be((false, true));
        (await page.Locator("[data-report-required-hint]").IsVisibleAsync()).Should().BeFalse();
        await page.Locator("#scope-DepartmentOnly").CheckAsync();
        (await box.IsDisabledAsync(), await box.IsCheckedAsync()).Should().Be((true, false));

        // Taking school A off 1.1 would retire its accepted report: the page asks first and keeps the form.
        await page.GotoAsync($"/Roadmaps/Measure/{m11.Id}");
        await page.Locator("#scope-ChosenSchools").CheckAsync();
        await page.Locator($"#school-{b.Id}").CheckAsync();
        await page.Locator("#Input_ResponsibleText").FillAsync("Руководители ОУ, заместители");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        var panel = page.GetByTestId("plan-change-confirmation");
        (await panel.InnerTextAsync()).Should().Contain("1 отчёт 1 школы больше не потребуется по плану (принят).").And.Contain(SchoolA);
        (await page.Locator("#Input_ResponsibleText").InputValueAsync()).Should().Be("Руководители ОУ, заместители");
        (await page.Locator($"#school-{b.Id}").IsCheckedAsync()).Should().BeTrue();
        await ScreenshotAsync(page, "1-confirmation");
        (await Portal.WithDbAsync(db => db.ExecutionReports.CountAsync(r => r.MeasureId == m11.Id && r.IsRequired))).Should().Be(2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить всё равно" }).ClickAsync();
        await page.WaitForURLAsync("**/Roadmaps/Details/**");
        (await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.MeasureId == m11.Id).OrderBy(r => r.SchoolId)
            .Select(r => new { r.SchoolId, r.IsRequired, r.State }).ToListAsync()))
            .Should().Equal(new { SchoolId = a.Id, IsRequired = false, State = ReportState.Accepted },
                new { SchoolId = b.Id, IsRequired = true, State = ReportState.Draft });
        PageErrors.Should().BeEmpty();
    }
}
