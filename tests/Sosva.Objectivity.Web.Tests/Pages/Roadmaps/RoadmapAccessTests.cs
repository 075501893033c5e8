using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Roadmaps;

/// <summary>Who may read and change which roadmap, by changing ids in URLs as an attacker would.</summary>
public class RoadmapAccessTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Table = "№\tМероприятия\tСроки\tОтветственные\n1.\tРаздел\t\t\n1.1.\tСовещание\tМай 2024\tРуководители ОУ\n";

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Principal_reads_an_approved_municipal_roadmap_but_cannot_change_it()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved);
        var school = await Portal.CreateSchoolAsync("Школа А");
        var principal = await SignedInAsync(Roles.Principal, school.Id);
        var measure = roadmap.Sections[0].Measures[0];
        var section = roadmap.Sections[0];

        (await principal.GetAsync($"/Roadmaps/Details/{roadmap.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var url in new[] { $"/Roadmaps/Edit/{roadmap.Id}", $"/Roadmaps/Measure/{measure.Id}", $"/Roadmaps/Measure?sectionId={section.Id}",
                     $"/Roadmaps/Section/{section.Id}", $"/Roadmaps/Section?roadmapId={roadmap.Id}", "/Roadmaps/Import" })
            (await principal.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden, url);

        var token = await principal.AntiforgeryTokenAsync("/");
        var post = await principal.PostWithTokenAsync($"/Roadmaps/Details/{roadmap.Id}?handler=DeleteMeasure&measureId={measure.Id}", token);
        var status = await principal.PostWithTokenAsync($"/Roadmaps/Details/{roadmap.Id}?handler=Status&status=Draft", token);

        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        status.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Portal.WithDbAsync(db => db.Measures.CountAsync())).Should().Be(1);
        (await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync())).Status.Should().Be(RoadmapStatus.Approved);
    }

    [Fact]
    public async Task Principal_does_not_see_municipal_drafts_or_another_schools_plan()
    {
        var mine = await Portal.CreateSchoolAsync("Моя школа");
        var other = await Portal.CreateSchoolAsync("Чужая школа");
        var draft = await Portal.CreateRoadmapAsync(Table, title: "Черновик УО");
        var otherPlan = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved, RoadmapLevel.School, other.Id, "План чужой школы");
        var myPlan = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Draft, RoadmapLevel.School, mine.Id, "План моей школы");
        var principal = await SignedInAsync(Roles.Principal, mine.Id);

        (await principal.GetAsync($"/Roadmaps/Details/{draft.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Roadmaps/Details/{otherPlan.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Roadmaps/Measure/{otherPlan.Sections[0].Measures[0].Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Roadmaps/Measure?handler=Parse&roadmapId={otherPlan.Id}&text=Май")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Roadmaps/Copy/{otherPlan.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Roadmaps/Details/{otherPlan.Id}?handler=Excel")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Roadmaps/Details/{draft.Id}?handler=Pdf")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await principal.GetAsync($"/Roadmaps/Details/{myPlan.Id}?handler=Pdf")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await principal.GetAsync($"/Roadmaps/Details/{myPlan.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var list = await principal.GetDocumentAsync("/Roadmaps");
        list.Texts("[data-testid=roadmaps-table] tbody td:first-child a").Should().Equal("План моей школы");
    }

    [Fact]
    public async Task Principal_edits_their_own_plan_but_cannot_move_it_to_another_school()
    {
        var mine = await Portal.CreateSchoolAsync("Моя школа");
        var other = await Portal.CreateSchoolAsync("Чужая школа");
        var plan = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Draft, RoadmapLevel.School, mine.Id, "План");
        var principal = await SignedInAsync(Roles.Principal, mine.Id);
        var measure = plan.Sections[0].Measures[0];
        var form = await OpenedForm.OpenAsync(principal, $"/Roadmaps/Measure/{measure.Id}");

        (await form.PostAsync(
        [
            new("Input.SectionId", S(measure.SectionId)), new("Input.Title", "Совещание с учителями"), new("Input.DeadlineText", "Май 2024"),
            new("Input.ExecutionScope", "DepartmentOnly"), new("Version", form.Value("Version")),
        ])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var header = await OpenedForm.OpenAsync(principal, $"/Roadmaps/Edit/{plan.Id}");
        await header.PostAsync(
        [
            new("Input.Title", "План"), new("Input.Level", "School"), new("Input.SchoolId", S(other.Id)),
            new("Input.PeriodStart", "2023-09-01"), new("Input.PeriodEnd", "2024-08-31"), new("Version", header.Value("Version")),
        ]);

        (await Portal.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == measure.Id))).Title.Should().Be("Совещание с учителями");
        (await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync(r => r.Id == plan.Id))).SchoolId.Should().Be(mine.Id, "the form cannot move the plan");
    }

    [Fact]
    public async Task Principal_creates_only_their_own_schools_plan()
    {
        var mine = await Portal.CreateSchoolAsync("Моя школа");
        var other = await Portal.CreateSchoolAsync("Чужая школа");
        var principal = await SignedInAsync(Roles.Principal, mine.Id);

        await principal.PostFormAsync("/Roadmaps/Create",
        [
            new("Input.Title", "Наш план"), new("Input.Level", "Municipal"), new("Input.SchoolId", S(other.Id)),
            new("Input.PeriodStart", "2024-09-01"), new("Input.PeriodEnd", "2025-08-31"),
        ]);

        var plan = await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync());
        (plan.Level, plan.SchoolId).Should().Be((RoadmapLevel.School, mine.Id));
    }

    [Fact]
    public async Task Methodologist_reads_every_roadmap_and_edits_none()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var client = await SignedInAsync(Roles.Methodologist);

        (await client.GetAsync($"/Roadmaps/Details/{roadmap.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/Roadmaps/Edit/{roadmap.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/Roadmaps/Measure/{roadmap.Sections[0].Measures[0].Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Roadmaps/Create")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Unknown_ids_are_404_for_staff()
    {
        var client = await SignedInAsync(Roles.Specialist);

        foreach (var url in new[] { "/Roadmaps/Details/999999", "/Roadmaps/Edit/999999", "/Roadmaps/Measure/999999", "/Roadmaps/Section/999999", "/Roadmaps/Copy/999999", "/Roadmaps/Measure?sectionId=999999" })
            (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, url);
    }
}
