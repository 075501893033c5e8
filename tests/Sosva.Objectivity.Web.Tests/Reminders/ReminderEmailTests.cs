using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Reminders;

/// <summary>The e-mail path against a real SMTP listener on loopback: MailKit, the protocol, the message as received.</summary>
public sealed class ReminderEmailTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>The portal with «Smtp» pointing at <paramref name="port"/> (same database and clock).</summary>
    private WebApplicationFactory<Program> WithSmtp(int port) => Portal.WithWebHostBuilder(b => b
        .UseSetting("Smtp:Host", "127.0.0.1")
        .UseSetting("Smtp:Port", port.ToString(CultureInfo.InvariantCulture))
        .UseSetting("Smtp:Security", "None")
        .UseSetting("Smtp:From", "noreply@uo.test")
        .UseSetting("Reminders:PortalUrl", "https://objectivity.test/"));

    [Fact]
    public async Task Each_schools_principals_get_one_digest_in_russian_with_the_measures_and_links_and_only_once()
    {
        var (a, b) = await ReminderJobTests.PlanAsync(Portal);
        await Portal.CreateUserAsync("director1", Roles.Principal, a.Id);
        await ReminderJobTests.SetEmailAsync(Portal, "director1", "director1@school1.test");
        await Portal.CreateUserAsync("deputy1", Roles.Principal, a.Id);
        await ReminderJobTests.SetEmailAsync(Portal, "deputy1", "deputy1@school1.test");
        await Portal.CreateUserAsync("director2", Roles.Principal, b.Id); // no e-mail address: nothing to send to
        await Portal.CreateUserAsync("specialist", Roles.Specialist);
        await ReminderJobTests.SetEmailAsync(Portal, "specialist", "specialist@uo.test");
        await using var smtp = new SmtpTestServer();
        await using var host = WithSmtp(smtp.Port);

        var run = await ReminderJobTests.RunAsync(Portal, ReminderJobTests.Today, host);

        run.SchoolsEmailed.Should().Be(1);
        smtp.Messages.Should().ContainSingle();
        var received = smtp.Messages.Single();
        received.From.Should().Be("noreply@uo.test");
        received.Recipients.Should().BeEquivalentTo("director1@school1.test", "deputy1@school1.test");
        var message = received.Parse();
        message.Subject.Should().Be("Напоминание о сроках отчётов по дорожной карте: МАОУ СОШ № 1");
        message.From.Mailboxes.Single().Name.Should().Be("Портал «Объективность»");
        var body = message.TextBody ?? "";
        body.Should().Contain("Контрольный срок прошёл, отчёт не отправлен:")
            .And.Contain("1.1. Положение о проведении ВПР")
            .And.Contain("срок: 26.03.2024; дорожная карта: Комплекс мер 2023/2024")
            .And.Contain("Контрольный срок наступает в ближайшие дни:")
            .And.Contain("1.2. Анализ результатов ВПР прошлого года")
            .And.Contain("https://objectivity.test/Reports/My")
            .And.NotContain("Совещание по объективности", "31.05 is not due yet");
        body.IndexOf("Положение о проведении ВПР", StringComparison.Ordinal)
            .Should().BeLessThan(body.IndexOf("Анализ результатов ВПР", StringComparison.Ordinal), "overdue comes first");
        var reportIds = await Portal.WithDbAsync(db => db.ExecutionReports.Where(r => r.SchoolId == a.Id && r.DueDate <= ReminderJobTests.DueSoon)
            .Select(r => r.Id).ToListAsync());
        foreach (var id in reportIds)
            body.Should().Contain($"https://objectivity.test/Reports/Details/{id}");

        var emailed = await Portal.WithDbAsync(db => db.Notifications.GroupBy(n => n.SchoolId)
            .Select(g => new { SchoolId = g.Key, Emailed = g.Count(n => n.EmailedAt != null) }).ToDictionaryAsync(x => x.SchoolId, x => x.Emailed));
        emailed.Should().BeEquivalentTo(new Dictionary<int, int> { [a.Id] = 2, [b.Id] = 0 });

        await ReminderJobTests.RunAsync(Portal, ReminderJobTests.Today, host);
        smtp.Messages.Should().ContainSingle("what went out is not sent again");
    }

    [Fact]
    public async Task A_reminder_read_in_the_portal_or_a_report_submitted_meanwhile_is_not_e_mailed()
    {
        var (a, _) = await ReminderJobTests.PlanAsync(Portal);
        await Portal.CreateUserAsync("director1", Roles.Principal, a.Id);
        await ReminderJobTests.SetEmailAsync(Portal, "director1", "director1@school1.test");
        // A day without SMTP: the notifications exist, unsent.
        await ReminderJobTests.RunAsync(Portal, ReminderJobTests.Today);
        await Portal.WithDbAsync(db => db.Notifications.Where(n => n.Report!.DueDate == ReminderJobTests.Overdue)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, DateTimeOffset.UtcNow)));
        await using var smtp = new SmtpTestServer();
        await using var host = WithSmtp(smtp.Port);

        await ReminderJobTests.RunAsync(Portal, ReminderJobTests.Today.AddDays(1), host);

        var body = smtp.Messages.Should().ContainSingle().Subject.Parse().TextBody ?? "";
        body.Should().Contain("Анализ результатов ВПР прошлого года").And.NotContain("Положение о проведении ВПР");
    }

    [Fact]
    public async Task An_unreachable_smtp_server_leaves_the_notifications_unsent_and_the_job_finishes()
    {
        var (a, _) = await ReminderJobTests.PlanAsync(Portal);
        await Portal.CreateUserAsync("director1", Roles.Principal, a.Id);
        await ReminderJobTests.SetEmailAsync(Portal, "director1", "director1@school1.test");
        int closedPort;
        await using (var gone = new SmtpTestServer())
            closedPort = gone.Port;
        await using var host = WithSmtp(closedPort);

        var run = await ReminderJobTests.RunAsync(Portal, ReminderJobTests.Today, host);

        run.Should().Be(new Web.Reminders.ReminderRun(true, 2, 2, 0));
        (await Portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.EmailedAt == null))).Should().Be(4);
        Portal.Logs.Should().Contain(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Message.Contains("Reminder e-mails: SMTP", StringComparison.Ordinal));
    }
}
