using AngleSharp.Dom;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using static Sosva.Objectivity.Web.Tests.Pages.Reports.ReportKit;

namespace Sosva.Objectivity.Web.Tests.Pages.Reports;

/// <summary>The specialists' review queue: submitted reports oldest first, filtered by roadmap, section and school; the other tabs.</summary>
public class ReviewQueueTests(PortalFactory portal) : PortalTest(portal)
{
    private const string GiaTable = "№ п/п\tМероприятия\tСроки\tОтветственные\n" +
                                    "1.\tГИА\t\t\n" +
                                    "1.1.\tИнструктаж организаторов ГИА\tДо 15.05.2024 г.\tРуководители ОУ\n";

    private sealed record Queue(ReportKit.Plan Plan, int GiaRoadmap, int A12, int A21, int AGia, int B12,
        HttpClient Specialist, HttpClient PrincipalA, HttpClient PrincipalB);

    private void At(int day, int hour) =>
        Portal.Clock.Now = new DateTimeOffset(new DateOnly(2024, 4, day).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(5));

    /// <summary>
    /// Four submissions, made in the reverse of their order in time (so that the order of ids is not the answer):
    /// A 1.2 on 04.04 12:00, A's ГИА measure on 04.04 11:00, A 2.1 on 03.04 10:00, B 1.2 on 02.04 09:00.
    /// </summary>
    private async Task<Queue> SubmitFourAsync()
    {
        var plan = await PlanAsync(Portal);
        var gia = await Portal.CreateRoadmapAsync(GiaTable, RoadmapStatus.Approved, title: "Дорожная карта ГИА 2024");
        await Portal.SyncReportsAsync();
        var principalA = await SignedInAsync(Roles.Principal, plan.A);
        var principalB = await SignedInAsync(Roles.Principal, plan.B);
        var specialist = await SignedInAsync(Roles.Specialist);
        var a12 = await ReportIdAsync(Portal, plan.A, plan.M12.Id);
        var a21 = await ReportIdAsync(Portal, plan.A, plan.M21.Id);
        var aGia = await ReportIdAsync(Portal, plan.A, gia.Sections[0].Measures[0].Id);
        var b12 = await ReportIdAsync(Portal, plan.B, plan.M12.Id);
        foreach (var (client, id, day, hour) in new[] { (principalA, a12, 4, 12), (principalA, aGia, 4, 11), (principalA, a21, 3, 10), (principalB, b12, 2, 9) })
        {
            At(day, hour);
            (await PostReportAsync(client, id, "Submit", Fields("Done", "Сделано"))).ShouldRedirectBack(id);
        }
        Portal.Clock.SetToday(Today);
        return new Queue(plan, gia.Id, a12, a21, aGia, b12, specialist, principalA, principalB);
    }

    private static List<string> Links(IDocument page) =>
        page.QuerySelectorAll("[data-testid=queue] tbody tr td:last-child a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Submitted_reports_wait_oldest_first_with_when_who_and_what()
    {
        var q = await SubmitFourAsync();

        var page = await q.Specialist.GetDocumentAsync("/Reports/Review");

        Links(page).Should().Equal(Url(q.B12), Url(q.A21), Url(q.AGia), Url(q.A12));
        page.QuerySelector("[data-testid=queue]")!.ParentElement!.PreviousElementSibling!.TextContent.Should().Contain("Найдено: 4");
        var first = page.QuerySelectorAll("[data-testid=queue] tbody tr")[0].Children.Select(td => td.TextContent.Trim()).ToList();
        first[0].Should().Be("02.04.2024 09:00");
        first[1].Should().Be(SchoolB);
        first[2].Should().Contain("1.2.").And.Contain("Анализ результатов ВПР прошлого года").And.Contain(RoadmapTitle);
        first[3].Should().Be("10.04.2024");
        first[4].Should().Be("На проверке");
        first[5].Should().Be("Проверить");
        (await q.Specialist.GetDocumentAsync("/")).QuerySelector("[data-testid=count-to-review]")!.TextContent.Trim().Should().Be("4");
    }

    [Fact]
    public async Task The_queue_filters_by_roadmap_section_and_school()
    {
        var q = await SubmitFourAsync();
        var roadmap = S(q.Plan.Roadmap.Id);

        Links(await q.Specialist.GetDocumentAsync($"/Reports/Review?roadmapId={S(q.GiaRoadmap)}")).Should().Equal(Url(q.AGia));
        Links(await q.Specialist.GetDocumentAsync($"/Reports/Review?roadmapId={roadmap}")).Should().Equal(Url(q.B12), Url(q.A21), Url(q.A12));
        Links(await q.Specialist.GetDocumentAsync($"/Reports/Review?roadmapId={roadmap}&sectionId={S(q.Plan.Section2.Id)}")).Should().Equal(Url(q.A21));
        Links(await q.Specialist.GetDocumentAsync($"/Reports/Review?roadmapId={roadmap}&sectionId={S(q.Plan.Section1.Id)}&schoolId={S(q.Plan.A)}"))
            .Should().Equal(Url(q.A12));
        Links(await q.Specialist.GetDocumentAsync($"/Reports/Review?schoolId={S(q.Plan.B)}")).Should().Equal(Url(q.B12));
        Links(await q.Specialist.GetDocumentAsync($"/Reports/Review?sectionId={S(q.Plan.Section2.Id)}"))
            .Should().HaveCount(4, "a section is chosen within a roadmap; alone it is ignored");

        var filtered = await q.Specialist.GetDocumentAsync($"/Reports/Review?roadmapId={roadmap}&sectionId={S(q.Plan.Section2.Id)}");
        filtered.QuerySelector("#roadmapId option[selected]")!.TextContent.Should().Be(RoadmapTitle);
        filtered.QuerySelector("#sectionId option[selected]")!.TextContent.Should().Be("2. Методическая работа");
        filtered.QuerySelectorAll("#roadmapId option").Select(o => o.TextContent).Should().Equal("Все", "Дорожная карта ГИА 2024", RoadmapTitle);

        var none = await q.Specialist.GetDocumentAsync($"/Reports/Review?roadmapId={S(q.GiaRoadmap)}&schoolId={S(q.Plan.B)}");
        none.QuerySelector("[data-testid=empty]")!.TextContent.Trim().Should().Be("Нет отчётов, ожидающих проверки.");
    }

    [Fact]
    public async Task Reviewed_reports_leave_the_queue_for_the_returned_and_accepted_tabs()
    {
        var q = await SubmitFourAsync();
        At(5, 14);
        (await PostReportAsync(q.Specialist, q.B12, "Accept", [new("Review.Comment", "")])).ShouldRedirectBack(q.B12);
        At(5, 15);
        (await PostReportAsync(q.Specialist, q.A21, "Return", [new("Review.Comment", "Нет протокола")])).ShouldRedirectBack(q.A21);

        Links(await q.Specialist.GetDocumentAsync("/Reports/Review")).Should().Equal(Url(q.AGia), Url(q.A12));
        Links(await q.Specialist.GetDocumentAsync("/Reports/Review?show=accepted")).Should().Equal(Url(q.B12));
        Links(await q.Specialist.GetDocumentAsync("/Reports/Review?show=returned")).Should().Equal(Url(q.A21));
        Links(await q.Specialist.GetDocumentAsync("/Reports/Review?show=anything")).Should().Equal(Url(q.AGia), Url(q.A12));

        // Corrected and sent again, it queues by its new submission time: after the ones waiting longer.
        At(5, 16);
        (await PostReportAsync(q.PrincipalA, q.A21, "Submit", Fields("Done", "Протокол приложен"))).ShouldRedirectBack(q.A21);
        Links(await q.Specialist.GetDocumentAsync("/Reports/Review")).Should().Equal(Url(q.AGia), Url(q.A12), Url(q.A21));
    }
}
