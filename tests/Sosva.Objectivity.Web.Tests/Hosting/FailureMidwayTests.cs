using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Hosting;

/// <summary>
/// Work that fails half-way leaves nothing half-done (docs/design.md#102-data). The failure is injected into the
/// database commands of a portal instance (the first command touching a given table throws), after the
/// earlier commands of the same work have run.
/// </summary>
public class FailureMidwayTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Plan = "№\tМероприятие\tСроки\tОтветственные\n" +
                                "1.\tОбщие меры\t\t\n" +
                                "1.1.\tСовещание руководителей\tСентябрь 2023\tУО\n" +
                                "1.2.\tАнализ результатов ВПР\tДо 1 ноября 2023\tУО\n" +
                                "2.\tКонтроль\t\t\n" +
                                "2.1.\tНаблюдение на ВПР\tАпрель-май 2024\tШколы\n";

    [Fact]
    public async Task An_import_that_fails_midway_creates_nothing()
    {
        // The roadmap, its sections and measures are inserted; the checkpoints' insert fails.
        await using var failing = WithFailureOn("INSERT INTO \"Checkpoints\"", out var failures);
        await Portal.CreateUserAsync("spec", Roles.Specialist);
        var client = await SignInAsync(failing, "spec");
        var preview = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Roadmaps/Import", [new("PastedText", Plan)], "/Roadmaps/Import?handler=Read"));
        var form = new OpenedForm(client, "/Roadmaps/Import", preview);
        KeyValuePair<string, string>[] confirm =
        [
            new("Preview.Title", "План (импорт)"), new("Preview.PeriodStart", "2023-09-01"), new("Preview.PeriodEnd", "2024-08-31"),
            new("Preview.Payload", form.Value("Preview.Payload")),
        ];

        var response = await form.PostAsync(confirm, handler: "Confirm");

        failures.Count.Should().Be(1, "the failure struck after the roadmap, section and measure inserts");
        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Внутренняя ошибка").And.NotContain("InvalidOperationException");
        var left = await Portal.WithDbAsync(async db => new
        {
            Roadmaps = await db.Roadmaps.CountAsync(), Sections = await db.Sections.CountAsync(), Measures = await db.Measures.CountAsync(),
            Checkpoints = await db.Checkpoints.CountAsync(),
            Audit = await db.AuditEntries.CountAsync(a => a.EntityType == "Roadmap" || a.EntityType == "Section" || a.EntityType == "Measure"),
        });
        left.Should().Be(new { Roadmaps = 0, Sections = 0, Measures = 0, Checkpoints = 0, Audit = 0 }, "one transaction: all or nothing");

        // The same confirmation on a healthy portal creates the whole roadmap: the form was good, only the failure stopped it.
        var healthyClient = await SignInAsync(Portal, "spec");
        var healthy = new OpenedForm(healthyClient, "/Roadmaps/Import",
            await HttpClientExtensions.ParseAsync(await healthyClient.PostFormAsync("/Roadmaps/Import", [new("PastedText", Plan)], "/Roadmaps/Import?handler=Read")));
        (await healthy.PostAsync(confirm, handler: "Confirm")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.Checkpoints.CountAsync())).Should().BeGreaterThan(2);
    }

    [Fact]
    public async Task An_export_that_fails_midway_sends_an_error_page_not_a_half_file()
    {
        // The school report reads the school and its reports, then fails reading the evidence list.
        await using var failing = WithFailureOn("FROM \"EvidenceFiles\"", out var failures);
        var school = await Portal.CreateSchoolAsync("Школа 1");
        var roadmap = await Portal.CreateRoadmapAsync(Plan, RoadmapStatus.Approved);
        await Portal.WithDbAsync(async db =>
        {
            var measures = await db.Measures.Where(m => m.Section!.RoadmapId == roadmap.Id).ToListAsync();
            foreach (var m in measures)
            {
                m.ExecutionScope = ExecutionScope.AllSchools;
                m.ReportRequired = true;
            }
            return await db.SaveChangesAsync();
        });
        await Portal.SyncReportsAsync();
        await Portal.CreateUserAsync("metod", Roles.Methodologist);
        var client = await SignInAsync(failing, "metod");

        foreach (var format in new[] { "Excel", "Pdf" })
        {
            var response = await client.GetAsync($"/Reports/SchoolReport?handler={format}&schoolId={school.Id}&from=2023-09-01&to=2024-08-31");

            response.StatusCode.Should().Be(HttpStatusCode.InternalServerError, format);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
            response.Content.Headers.ContentDisposition.Should().BeNull("no file, not even a part of one");
            (await response.Content.ReadAsStringAsync()).Should().Contain("Внутренняя ошибка");
        }
        failures.Count.Should().Be(2);
        var healthy = await (await SignInAsync(Portal, "metod")).GetAsync($"/Reports/SchoolReport?handler=Pdf&schoolId={school.Id}&from=2023-09-01&to=2024-08-31");
        healthy.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment", "the same export works when nothing fails");
    }

    /// <summary>A portal instance on the same database whose commands containing <paramref name="marker"/> throw.</summary>
    private WebApplicationFactory<Program> WithFailureOn(string marker, out FailingCommands failures)
    {
        var interceptor = new FailingCommands(marker);
        failures = interceptor;
        return Portal.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(interceptor))));
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });
        (await client.SignInAsync(userName, PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>Throws on every command whose text contains the marker, as a database failing mid-work would.</summary>
    private sealed class FailingCommands(string marker) : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Check(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        private void Check(DbCommand command)
        {
            if (!command.CommandText.Contains(marker, StringComparison.Ordinal)) return;
            Interlocked.Increment(ref _count);
            throw new InvalidOperationException("Injected failure at: " + marker);
        }
    }
}
