using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;
using Sosva.Objectivity.Web.Tests.Reminders;

namespace Sosva.Objectivity.Web.Tests.Pages.Notifications;

public class NotificationPagesTests(PortalFactory portal) : PortalTest(portal)
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<List<int>> NotificationIdsAsync(int schoolId) =>
        Portal.WithDbAsync(db => db.Notifications.Where(n => n.SchoolId == schoolId).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());

    private Task<List<int>> ReportIdsAsync(int schoolId) =>
        Portal.WithDbAsync(db => db.Notifications.Where(n => n.SchoolId == schoolId).Select(n => n.ReportId).Distinct().ToListAsync());

    [Fact]
    public async Task The_principal_sees_the_own_schools_reminders_and_the_bell_counts_them_but_never_another_schools()
    {
        var (a, b) = await ReminderJobTests.PlanAsync(Portal);
        await ReminderJobTests.RunAsync(Portal, ReminderJobTests.Today);
        var client = await SignedInAsync(Roles.Principal, b.Id);

        var page = await client.GetDocumentAsync("/Notifications");

        page.QuerySelector("[data-testid=notification-count]")!.TextContent.Trim().Should().Be("2");
        var shown = page.QuerySelectorAll("[data-testid=notification]").Select(e => int.Parse(e.GetAttribute("data-report-id")!, CultureInfo.InvariantCulture)).ToList();
        shown.Should().BeEquivalentTo(await ReportIdsAsync(b.Id));
        shown.Should().NotIntersectWith(await ReportIdsAsync(a.Id));
        page.QuerySelector("[data-testid=notifications]")!.TextContent.Should()
            .Contain("Положение о проведении ВПР").And.Contain("Срок прошёл").And.Contain("26.03.2024").And.Contain("Скоро срок");

        // School A's notification by id: not found for B's principal, and left unread.
        var foreign = (await NotificationIdsAsync(a.Id))[0];
        var form = await OpenedForm.OpenAsync(client, "/Notifications");
        (await form.PostAsync([], $"Open&id={S(foreign)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await form.PostAsync([], $"Read&id={S(foreign)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await form.PostAsync([], "ReadAll")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.Notifications.Where(n => n.SchoolId == a.Id).CountAsync(n => n.ReadAt == null)))
            .Should().Be(2, "marking all read touches the own school only");
    }

    [Fact]
    public async Task Opening_a_reminder_marks_it_read_and_goes_to_the_report_and_read_all_empties_the_bell()
    {
        var (a, _) = await ReminderJobTests.PlanAsync(Portal);
        await ReminderJobTests.RunAsync(Portal, ReminderJobTests.Today);
        var client = await SignedInAsync(Roles.Principal, a.Id);
        var ids = await NotificationIdsAsync(a.Id);
        var reportId = await Portal.WithDbAsync(db => db.Notifications.Where(n => n.Id == ids[0]).Select(n => n.ReportId).SingleAsync());
        var form = await OpenedForm.OpenAsync(client, "/Notifications");

        var opened = await form.PostAsync([], $"Open&id={S(ids[0])}");

        opened.StatusCode.Should().Be(HttpStatusCode.Redirect);
        opened.Headers.Location!.OriginalString.Should().Be($"/Reports/Details/{reportId}");
        (await client.GetDocumentAsync("/Notifications")).QuerySelector("[data-testid=notification-count]")!.TextContent.Trim().Should().Be("1");

        (await form.PostAsync([], "ReadAll")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync("/Notifications");
        after.QuerySelector("[data-testid=notification-count]").Should().BeNull();
        after.QuerySelector("[data-testid=notification-bell]").Should().NotBeNull();
        after.QuerySelectorAll("[data-testid=notification][data-unread=true]").Should().BeEmpty();
        after.QuerySelectorAll("[data-testid=notification]").Should().HaveCount(2, "read reminders stay on the list");
    }

    [Fact]
    public async Task Marking_read_needs_the_antiforgery_token()
    {
        var (a, _) = await ReminderJobTests.PlanAsync(Portal);
        await ReminderJobTests.RunAsync(Portal, ReminderJobTests.Today);
        var client = await SignedInAsync(Roles.Principal, a.Id);

        var response = await client.PostAsync("/Notifications?handler=ReadAll", new FormUrlEncodedContent([]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null))).Should().Be(4, "two schools, two reminders each, all unread");
    }

    [Theory]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.Methodologist)]
    [InlineData(Roles.Administrator)]
    public async Task Staff_have_no_notifications_page_and_no_bell(string role)
    {
        var client = await SignedInAsync(role);

        (await client.GetAsync("/Notifications")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetDocumentAsync("/")).QuerySelector("[data-testid=notification-bell]").Should().BeNull();
    }
}
