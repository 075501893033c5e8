using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Web.Cli;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Cli;

/// <summary>The command-line mode, run as administrators run it: a separate process.</summary>
public class CommandLineTests(PortalFactory portal) : PortalTest(portal)
{
    // Generous: only a process that never exits (the web server started instead of a command) reaches it.
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromMinutes(2);

    private Task<ProcessResult> RunAsync(string stdin, params string[] args) =>
        CliProcess.RunAsync(Portal.ConnectionString, stdin, args, ExitTimeout);

    [Fact]
    public async Task An_unknown_verb_is_refused_with_the_usage_and_the_verb_it_resembles()
    {
        var (code, stdout, stderr) = await RunAsync("", "scroe", "данные.json");

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("Неизвестная команда «scroe».")
            .And.Contain("Возможно, имелась в виду команда «score»?")
            .And.Contain("Использование:");
    }

    [Fact]
    public async Task An_unknown_verb_resembling_none_gets_no_guess()
    {
        var (code, stdout, stderr) = await RunAsync("", "frobnicate");

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("Неизвестная команда «frobnicate».").And.Contain("Использование:").And.NotContain("Возможно");
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls=http://127.0.0.1:5080" }, false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5080" }, false)]
    [InlineData(new[] { "--environment=Testing", "--contentRoot=/srv/portal" }, false)]
    [InlineData(new[] { "--applicationName=Sosva.Objectivity.Web" }, false)]
    [InlineData(new[] { "/urls", "http://127.0.0.1:5080" }, false)]
    [InlineData(new[] { "urls=http://127.0.0.1:5080" }, false)]
    [InlineData(new[] { "score", "данные.json" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "scroe" }, true)]
    public void The_web_host_gets_only_configuration_arguments_and_anything_else_is_a_command(string[] args, bool command) =>
        CommandLine.IsCommand(args).Should().Be(command);

    [Fact]
    public async Task Create_user_makes_a_principal_who_can_sign_in()
    {
        var school = await Portal.CreateSchoolAsync("Школа 1");

        var (code, stdout, stderr) = await RunAsync("Secret2024",
            "create-user", "--user", "kosh", "--role", "Principal", "--school", school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--full-name", "Смирнова О.И.", "--password-stdin");

        code.Should().Be(0, stderr);
        var json = JsonDocument.Parse(stdout.Trim().Split('\n').Last()).RootElement;
        json.GetProperty("user").GetString().Should().Be("kosh");
        json.GetProperty("schoolId").GetInt32().Should().Be(school.Id);
        (await NewClient().SignInAsync("kosh", "Secret2024")).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Create_user_refuses_a_principal_without_a_school_and_a_password_on_the_command_line()
    {
        var noSchool = await RunAsync("Secret2024", "create-user", "--user", "kosh", "--role", "Principal", "--password-stdin");
        var noStdin = await RunAsync("", "create-user", "--user", "kosh", "--role", "Specialist", "--password", "Secret2024");
        var badRole = await RunAsync("Secret2024", "create-user", "--user", "kosh", "--role", "King", "--password-stdin");

        noSchool.Code.Should().Be(1);
        noSchool.Err.Should().Contain("привязан к школе");
        noStdin.Code.Should().Be(2);
        noStdin.Err.Should().Contain("--password-stdin");
        badRole.Code.Should().Be(2);
        (await Portal.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "kosh"))).Should().BeFalse();
    }

    [Fact]
    public async Task Migrate_is_idempotent()
    {
        var (code, stdout, stderr) = await RunAsync("", "migrate");

        code.Should().Be(0, stderr);
        stdout.Should().Contain("\"migrated\":true");
        (await Portal.WithDbAsync(db => db.Roles.CountAsync())).Should().Be(Roles.All.Count);
    }

    [Fact]
    public async Task Parse_deadline_prints_the_contract_json()
    {
        var (code, stdout, stderr) = await RunAsync("", "parse-deadline", "--from", "2022-09-01", "--to", "2023-08-31", "Март 2022/2023 г.");

        code.Should().Be(0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        json.GetProperty("text").GetString().Should().Be("Март 2022/2023 г.");
        json.GetProperty("kind").GetString().Should().Be("dates");
        json.GetProperty("checkpoints").EnumerateArray().Select(c => c.GetString()).Should().Equal("2023-03-31");
        json.GetProperty("warnings").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Import_roadmap_dry_run_reads_a_seed_without_touching_the_database()
    {
        var seed = Path.Combine(PostgresServer.RepositoryRoot, "src", "Sosva.Objectivity.Web", "Data", "Seeding", "Demo", "sosva-order-49-2023.txt");

        var (code, stdout, stderr) = await RunAsync("", "import-roadmap", "--dry-run", seed);

        code.Should().Be(0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        json.GetProperty("title").GetString().Should().StartWith("Комплекс мер по обеспечению объективности");
        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        sections.Should().HaveCount(7);
        var first = sections[0].GetProperty("measures")[0];
        first.GetProperty("number").GetString().Should().Be("1.1.");
        first.GetProperty("deadline").GetString().Should().Be("До 26.03.2023 г, До 25.03.2024 г.");
        first.GetProperty("responsible").GetString().Should().Be("Руководители общеобразовательных учреждений СГО");
        first.TryGetProperty("expectedResult", out _).Should().BeTrue();
        first.TryGetProperty("documentType", out _).Should().BeTrue();
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Score_prints_points_totals_bands_and_ranks_of_the_worked_examples()
    {
        var input = Path.Combine(Path.GetTempPath(), $"score-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, """
            {"year":2023,"schools":[
             {"school":"Школа Б","p1":[{"onTime":false,"withErrors":false},{"onTime":false,"withErrors":false},{"onTime":false,"withErrors":false}],
              "p2":[REPLACE_B],"p3":[true,true,false,false,false,false],"biasListYears":[2022,2021],"p5":"partial","p6":"statistical",
              "p7":{"publicInfo":true,"vprSchedule":true,"assessmentCourses":false,"vprRegulation":false,"survey":false}},
             {"school":"Школа А","p1":[{"onTime":true,"withErrors":false},{"onTime":true,"withErrors":false},{"onTime":false,"withErrors":false}],
              "p2":[REPLACE_A],"p3":[true,true,true,true,true,false],"biasListYears":[],"p5":"all","p6":"qualitative",
              "p7":{"publicInfo":true,"vprSchedule":true,"assessmentCourses":true,"vprRegulation":true,"survey":false}}]}
            """
            .Replace("REPLACE_A", Items(18, 2), StringComparison.Ordinal)
            .Replace("REPLACE_B", Items(15, 5), StringComparison.Ordinal));

        var (code, stdout, stderr) = await RunAsync("", "score", input);

        code.Should().Be(0, stderr);
        var schools = JsonDocument.Parse(stdout).RootElement.GetProperty("schools").EnumerateArray().ToList();
        schools.Select(s => (s.GetProperty("school").GetString(), s.GetProperty("total").GetInt32(), s.GetProperty("band").GetString(), s.GetProperty("rank").GetInt32()))
            .Should().Equal(("Школа А", 44, "high", 1), ("Школа Б", 12, "low", 2));
        schools[1].GetProperty("points").GetProperty("P4").GetInt32().Should().Be(-10);
    }

    [Fact]
    public async Task Score_names_the_school_and_field_of_bad_input()
    {
        var input = Path.Combine(Path.GetTempPath(), $"score-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, """
            {"year":2023,"schools":[{"school":"Школа А","p1":[],"p2":[],"p3":[],"biasListYears":[],"p5":"sometimes","p6":"none",
              "p7":{"publicInfo":true,"vprSchedule":true,"assessmentCourses":true,"vprRegulation":true,"survey":false}}]}
            """);

        var (code, _, stderr) = await RunAsync("", "score", input);

        code.Should().Be(1);
        stderr.Should().Contain("Школа А").And.Contain("p5");
    }

    private static string Items(int onTime, int late) => string.Join(",",
        Enumerable.Repeat("""{"onTime":true,"withErrors":false}""", onTime).Concat(Enumerable.Repeat("""{"onTime":false,"withErrors":false}""", late)));
}
