using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Reports;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.LoadTest;

/// <summary>The load-test tool's `seed-scale` (docs/performance.md#regional-and-national-scale), run as the load test runs
/// it: a separate process on the test database.</summary>
public class ScaleDataSeederTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Password = "Scale2024x";

    private Task<ProcessResult> SeedAsync(params string[] args) =>
        CliProcess.RunAsync(Portal.ConnectionString, Password, ["seed-scale", .. args, "--password-stdin"],
            assembly: "Sosva.Objectivity.LoadTest.dll");

    [Fact]
    public async Task Seed_scale_fills_an_empty_database_consistently_with_the_plan_and_refuses_a_second_run()
    {
        var (code, stdout, stderr) = await SeedAsync("--schools", "30", "--measures", "6", "--campaigns", "2");

        code.Should().Be(0, stderr);
        var json = JsonDocument.Parse(stdout.Trim().Split('\n').Last()).RootElement;
        json.GetProperty("reports").GetInt64().Should().Be(30 * 6 * 2);
        var stored = await Portal.WithDbAsync(async db => new
        {
            Schools = await db.Schools.CountAsync(),
            Reports = await db.ExecutionReports.CountAsync(),
            States = await db.ExecutionReports.Select(r => r.State).Distinct().ToListAsync(),
            Overdue = await db.ExecutionReports.CountAsync(r => r.State == ReportState.Draft && r.DueDate < DateOnly.FromDateTime(DateTime.UtcNow)),
            Files = await db.EvidenceFiles.CountAsync(),
            Contents = await db.EvidenceContents.CountAsync(),
            Submissions = await db.ReportEvents.CountAsync(e => e.Kind == ReportEventKind.Submitted),
            Results = await db.SchoolResults.CountAsync(),
            Values = await db.IndicatorValues.CountAsync(),
        });
        stored.Schools.Should().Be(30);
        stored.Reports.Should().Be(360);
        stored.States.Should().BeEquivalentTo([ReportState.Draft, ReportState.Submitted, ReportState.Returned, ReportState.Accepted]);
        stored.Overdue.Should().BePositive();
        stored.Files.Should().Be(stored.Contents).And.Be((int)json.GetProperty("evidenceFiles").GetInt64());
        stored.Submissions.Should().BeGreaterThanOrEqualTo(await Portal.WithDbAsync(db => db.ExecutionReports.CountAsync(r => r.State != ReportState.Draft)));
        stored.Results.Should().Be(60, "every school is computed in both campaigns");
        stored.Values.Should().Be(30 * 6 * 2, "six entered indicators (P4 comes from the bias lists)");

        // The plan agrees with the generated reports: the daily sync changes nothing.
        await Portal.SyncReportsAsync();
        (await Portal.WithDbAsync(db => db.ExecutionReports.CountAsync())).Should().Be(360);
        (await Portal.WithDbAsync(db => db.ReportEvents.CountAsync(e => e.Kind == ReportEventKind.NoLongerRequired))).Should().Be(0);

        // Ids came from a range reserved on the hi-lo sequence: the portal's own inserts (more than one hi-lo
        // block of them, so a new block is drawn) never collide with the generated rows.
        for (var i = 0; i < 12; i++) await Portal.CreateSchoolAsync($"Школа, добавленная после генерации, № {i}");
        (await Portal.WithDbAsync(db => db.Schools.CountAsync())).Should().Be(42);

        var principal = json.GetProperty("samplePrincipal").GetString()!;
        (await NewClient().SignInAsync(principal, Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await NewClient().SignInAsync("scale-specialist", Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var again = await SeedAsync("--schools", "5", "--measures", "1", "--campaigns", "0");
        again.Code.Should().Be(1);
        again.Err.Should().Contain("уже есть школы");
    }

    [Fact]
    public async Task Seed_scale_refuses_numbers_out_of_range()
    {
        var (code, _, stderr) = await SeedAsync("--schools", "0", "--measures", "5", "--campaigns", "1");

        code.Should().Be(2);
        stderr.Should().Contain("--schools");
        (await Portal.WithDbAsync(db => db.Schools.CountAsync())).Should().Be(0);
    }
}
