using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Schools;
using Sosva.Objectivity.Web.Reminders;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Reminders;

public class ReminderJobTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>Three measures every school executes: due 26.03.2024, 10.04.2024 and 31.05.2024.</summary>
    public const string Table = "№ п/п\tМероприятия\tСроки\tОтветственные\tОжидаемый результат\n" +
                                "1.\tНормативное обеспечение\t\t\t\n" +
                                "1.1.\tПоложение о проведении ВПР\tДо 26.03.2024 г.\tРуководители ОУ\tПоложение на сайте\n" +
                                "1.2.\tАнализ результатов ВПР прошлого года\tДо 10.04.2024 г.\tРуководители ОУ\tСправка\n" +
                                "1.3.\tСовещание по объективности\tМай 2024\tРуководители ОУ\tПротокол\n";

    public static readonly DateOnly Overdue = new(2024, 3, 26);
    public static readonly DateOnly DueSoon = new(2024, 4, 10);

    /// <summary>5 days before 10.04 and 10 days after 26.03.</summary>
    public static readonly DateOnly Today = new(2024, 4, 5);

    internal static async Task<(School A, School B)> PlanAsync(PortalFactory portal)
    {
        var a = await portal.CreateSchoolAsync("МАОУ СОШ № 1");
        var b = await portal.CreateSchoolAsync("МКОУ СОШ № 2");
        await portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved, title: "Комплекс мер 2023/2024");
        return (a, b);
    }

    internal static async Task<ReminderRun> RunAsync(PortalFactory portal, DateOnly today, WebApplicationFactory<Program>? host = null)
    {
        portal.Clock.SetToday(today);
        await using var scope = (host ?? portal).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunOnceAsync(today);
    }

    private Task<List<(int SchoolId, DateOnly DueDate, NotificationKind Kind, bool Emailed)>> NotificationsAsync() =>
        Portal.WithDbAsync(async db => (await db.Notifications.OrderBy(n => n.SchoolId).ThenBy(n => n.Report!.DueDate)
                .Select(n => new { n.SchoolId, n.Report!.DueDate, n.Kind, Emailed = n.EmailedAt != null }).ToListAsync())
            .Select(n => (n.SchoolId, n.DueDate, n.Kind, n.Emailed)).ToList());

    private Task<int> SetStateAsync(int schoolId, DateOnly dueDate, ReportState state) =>
        Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.SchoolId == schoolId && r.DueDate == dueDate)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state)));

    [Fact]
    public async Task The_job_creates_the_reports_then_one_overdue_and_one_due_soon_notification_per_school_and_a_second_run_adds_nothing()
    {
        var (a, b) = await PlanAsync(Portal);

        // No SyncReportsAsync here: the job brings the reports in step with the plan first.
        var first = await RunAsync(Portal, Today);

        first.Should().Be(new ReminderRun(true, DueSoonCreated: 2, OverdueCreated: 2, SchoolsEmailed: 0));
        (await NotificationsAsync()).Should().Equal(
            (a.Id, Overdue, NotificationKind.Overdue, false), (a.Id, DueSoon, NotificationKind.DueSoon, false),
            (b.Id, Overdue, NotificationKind.Overdue, false), (b.Id, DueSoon, NotificationKind.DueSoon, false));

        var second = await RunAsync(Portal, Today);
        var nextDay = await RunAsync(Portal, Today.AddDays(1));

        second.Should().Be(new ReminderRun(true, 0, 0, 0));
        nextDay.Should().Be(new ReminderRun(true, 0, 0, 0));
        (await NotificationsAsync()).Should().HaveCount(4);
    }

    [Fact]
    public async Task Due_soon_means_within_seven_days_and_a_passed_date_becomes_overdue_the_next_day()
    {
        var (a, _) = await PlanAsync(Portal);

        (await RunAsync(Portal, DueSoon.AddDays(-8))).DueSoonCreated.Should().Be(0, "10.04 is eight days away");
        (await RunAsync(Portal, DueSoon.AddDays(-7))).DueSoonCreated.Should().Be(2, "10.04 is seven days away");
        (await RunAsync(Portal, DueSoon)).Should().Be(new ReminderRun(true, 0, 0, 0), "on the day itself the report is not overdue yet");
        (await RunAsync(Portal, DueSoon.AddDays(1))).OverdueCreated.Should().Be(2);

        (await NotificationsAsync()).Where(n => n.SchoolId == a.Id && n.DueDate == DueSoon).Select(n => n.Kind)
            .Should().Equal(NotificationKind.DueSoon, NotificationKind.Overdue);
    }

    [Fact]
    public async Task Submitted_and_accepted_reports_get_no_reminders_and_a_returned_one_past_its_date_is_overdue()
    {
        var (a, b) = await PlanAsync(Portal);
        await Portal.SyncReportsAsync();
        await SetStateAsync(a.Id, Overdue, ReportState.Accepted);
        await SetStateAsync(a.Id, DueSoon, ReportState.Submitted);
        await SetStateAsync(b.Id, Overdue, ReportState.Returned);

        await RunAsync(Portal, Today);

        (await NotificationsAsync()).Should().Equal(
            (b.Id, Overdue, NotificationKind.Overdue, false), (b.Id, DueSoon, NotificationKind.DueSoon, false));
    }

    [Fact]
    public async Task A_report_no_longer_required_and_an_inactive_school_get_no_reminders()
    {
        var (a, b) = await PlanAsync(Portal);
        await Portal.SyncReportsAsync();
        // School A has written something for 1.1; then the specialist no longer asks for a report on it,
        // so the job's synchronisation keeps A's report as not required and deletes B's empty one.
        await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.SchoolId == a.Id && r.DueDate == Overdue)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Text, "Сделано до отмены")));
        await Portal.WithDbAsync(db => db.Measures.Where(m => m.Number == "1.1.")
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReportRequired, false)));
        await Portal.WithDbAsync(db => db.Schools.Where(s => s.Id == b.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, false)));

        await RunAsync(Portal, Today);

        (await NotificationsAsync()).Should().Equal((a.Id, DueSoon, NotificationKind.DueSoon, false));
        (await Portal.WithDbAsync(db => db.ExecutionReports.SingleAsync(r => r.SchoolId == a.Id && r.DueDate == Overdue)))
            .IsRequired.Should().BeFalse();
    }

    [Fact]
    public async Task While_another_instance_holds_the_lock_the_run_does_nothing()
    {
        await PlanAsync(Portal);
        await using var other = new NpgsqlConnection(Portal.ConnectionString);
        await other.OpenAsync();
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({ReminderJob.LockKey})", other))
            await lockCommand.ExecuteNonQueryAsync();

        var skipped = await RunAsync(Portal, Today);

        skipped.Should().Be(ReminderRun.Skipped);
        (await Portal.WithDbAsync(db => db.ExecutionReports.CountAsync())).Should().Be(0, "not even the reports were synchronised");
        await using (var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({ReminderJob.LockKey})", other))
            await unlock.ExecuteNonQueryAsync();

        (await RunAsync(Portal, Today)).Ran.Should().BeTrue();
        (await NotificationsAsync()).Should().HaveCount(4);
    }

    [Fact]
    public async Task Without_smtp_the_job_sends_nothing_and_the_notifications_wait_unsent()
    {
        var (a, _) = await PlanAsync(Portal);
        await Portal.CreateUserAsync("director1", Roles.Principal, a.Id);
        await SetEmailAsync(Portal, "director1", "director1@school1.test");

        var run = await RunAsync(Portal, Today);

        run.SchoolsEmailed.Should().Be(0);
        (await NotificationsAsync()).Should().HaveCount(4).And.OnlyContain(n => !n.Emailed);
    }

    internal static Task<int> SetEmailAsync(PortalFactory portal, string userName, string? email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.UserName == userName)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, email).SetProperty(u => u.NormalizedEmail, email == null ? null : email.ToUpperInvariant())));
}
