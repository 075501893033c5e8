using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Hosting;

/// <summary>
/// Outages (docs/decisions/006-sessions-outages-backups.md): the PostgreSQL server goes away while the portal serves
/// requests — a planned stop (fast shutdown) and a crash (immediate stop, recovery from the WAL) — and comes back. On
/// a cluster of this test's own, so that the shared test database is not disturbed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the portal through IAsyncLifetime")]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new() { OwnServer = true };

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        await _portal.ResetAsync();
    }

    public Task DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task During_an_outage_pages_answer_503_in_Russian_and_afterwards_the_portal_serves_again_with_every_acknowledged_write()
    {
        var school = await _portal.CreateSchoolAsync("Школа 1");
        await _portal.CreateUserAsync("admin", Roles.Administrator);
        await _portal.CreateUserAsync("director", Roles.Principal, school.Id);
        await _portal.CreateRoadmapAsync("№\tМероприятие\tСроки\n1.\tСовещание\tМай 2024\n", RoadmapStatus.Approved);
        var admin = await SignInAsync("admin");
        var principal = await SignInAsync("director");
        var writer = await SignInAsync("admin");
        var token = await writer.AntiforgeryTokenAsync("/");

        // A person keeps saving throughout: every save the portal acknowledged (redirect) must survive.
        using var stopWriting = new CancellationTokenSource();
        var acknowledged = new ConcurrentQueue<string>();
        var attempted = new ConcurrentQueue<string>();
        var unexpected = new ConcurrentQueue<string>();
        var writing = Task.Run(async () =>
        {
            for (var n = 0; !stopWriting.IsCancellationRequested; n++)
            {
                var name = $"Школа записи {n}";
                attempted.Enqueue(name);
                var response = await writer.PostWithTokenAsync("/Schools/Create", token,
                [
                    new("Input.ShortName", name), new("Input.FullName", name), new("Input.IsActive", "true"),
                ]);
                if (response.StatusCode == HttpStatusCode.Redirect) acknowledged.Enqueue(name);
                else if (response.StatusCode != HttpStatusCode.ServiceUnavailable) unexpected.Enqueue($"{name}: {(int)response.StatusCode}");
                await Task.Delay(20);
            }
        });
        await WaitUntilAsync(() => acknowledged.Count >= 5, "writes before the outage");

        await _portal.Postgres.StopAsync("fast");

        foreach (var (client, url) in new[]
                 {
                     (admin, "/"), (admin, "/Schools"), (admin, $"/Schools/Details/{school.Id}"), (admin, "/Roadmaps"),
                     (admin, "/Admin/Audit"), (principal, "/Reports/My"), (principal, "/Notifications"),
                     (principal, $"/Reports/SchoolReport?handler=Pdf&schoolId={school.Id}"), (admin, "/Admin/Audit?handler=Excel"),
                     (NewClient(), "/Public/Ranking"),
                 })
        {
            await ShouldBeOutagePageAsync(await client.GetAsync(url), url);
        }
        await ShouldBeOutagePageAsync(await NewClient().SignInAsync("admin", PortalFactory.Password), "sign-in");
        var duringOutage = await admin.PostWithTokenAsync("/Schools/Create", token, [new("Input.ShortName", "Школа во время сбоя"), new("Input.FullName", "—")]);
        await ShouldBeOutagePageAsync(duringOutage, "a save");
        (await NewClient().GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the health check tells a load balancer");
        var acknowledgedBeforeRestart = acknowledged.Count;

        await _portal.Postgres.StartAgainAsync();
        var recovery = await UntilServedAsync(admin, "/Schools");
        await WaitUntilAsync(() => acknowledged.Count >= acknowledgedBeforeRestart + 5, "writes after the restart");

        // A crash this time, in the middle of the writes: what was acknowledged is in the WAL.
        await _portal.Postgres.StopAsync("immediate");
        await ShouldBeOutagePageAsync(await principal.GetAsync("/Reports/My"), "/Reports/My after the crash");
        await _portal.Postgres.StartAgainAsync();
        await UntilServedAsync(principal, "/Reports/My");
        await WaitUntilAsync(() => acknowledged.Count >= acknowledgedBeforeRestart + 10, "writes after the crash");
        await stopWriting.CancelAsync();
        await writing;

        unexpected.Should().BeEmpty("a save either succeeds or is refused with 503");
        var stored = await _portal.WithDbAsync(db => db.Schools.Select(s => s.ShortName).ToListAsync());
        stored.Should().Contain(acknowledged, "every acknowledged write survives the outage and the crash");
        stored.Where(s => s.StartsWith("Школа записи", StringComparison.Ordinal)).Should().OnlyContain(s => attempted.Contains(s));
        stored.Should().NotContain("Школа во время сбоя");
        acknowledged.Count.Should().BeLessThan(attempted.Count, "some saves fell into the outages and were refused");
        recovery.Should().BeLessThan(TimeSpan.FromSeconds(20));
        _portal.Logs.Should().Contain(l => l.Level == LogLevel.Error && l.Message.Contains("Database unavailable"));
    }

    private static async Task ShouldBeOutagePageAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, what);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html", what);
        response.Content.Headers.ContentDisposition.Should().BeNull("{0}: no half-made file is sent", what);
        response.Headers.RetryAfter.Should().NotBeNull(what);
        body.Should().Contain("Сервис временно недоступен").And.Contain("Ваши сохранённые данные не потеряны");
        body.Should().NotContainAny("Exception", "   at ", "Npgsql", "stack");
    }

    /// <summary>GETs <paramref name="url"/> until it answers 200 (the first requests after a restart may still meet the outage); how long it took.</summary>
    private static async Task<TimeSpan> UntilServedAsync(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK) return clock.Elapsed;
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "while recovering, {0} is either served or refused", url);
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the portal serves again without a restart");
            await Task.Delay(100);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), what);
            await Task.Delay(20);
        }
    }

    private HttpClient NewClient() => _portal.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
    });

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = NewClient();
        (await client.SignInAsync(userName, PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }
}
