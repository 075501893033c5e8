using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Data;

/// <summary>
/// The backup and restore (docs/decisions/006-sessions-outages-backups.md) that `./run.sh backup|restore` run
/// (scripts/pg-cluster.sh dump|restore, pg_dump -Fc and pg_restore of the machine's PostgreSQL), on the test database
/// with data.
/// </summary>
public class BackupRestoreTests(PortalFactory portal) : PortalTest(portal), IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sosva-backup-").FullName;
    private readonly List<string> _databases = [];

    [Fact]
    public async Task A_backup_restored_into_a_fresh_database_has_all_the_data()
    {
        var school = await Portal.CreateSchoolAsync("МАОУ СОШ № 1", rural: true, inn: "6651002740");
        var user = await Portal.CreateUserAsync("director", Roles.Principal, school.Id);
        var roadmap = await Portal.CreateRoadmapAsync("№\tМероприятие\tСроки\n1.\tРаздел\t\n1.1.\tСовещание «ВПР»\tМай 2024\n1.2.\tАнализ\tДо 1 ноября 2023\n",
            RoadmapStatus.Approved, title: "Комплекс мер 2023/2024");
        var file = Path.Combine(_dir, "sosva.dump");

        var dump = await RunAsync("dump", Port, Database, file);
        dump.ExitCode.Should().Be(0, dump.Output);
        File.Exists(file + ".partial").Should().BeFalse();
        var restored = NewDatabaseName();
        var restore = await RunAsync("restore", Port, restored, file);
        restore.ExitCode.Should().Be(0, restore.Output);

        await using var copy = Context(restored);
        (await copy.Schools.Select(s => new { s.ShortName, s.FullName, s.IsRural, s.Inn }).SingleAsync())
            .Should().Be(new { school.ShortName, school.FullName, school.IsRural, school.Inn });
        (await copy.Users.SingleAsync()).PasswordHash.Should().Be(user.PasswordHash, "the principal signs in with the same password");
        (await copy.UserRoles.CountAsync()).Should().Be(1);
        var copiedRoadmap = await copy.Roadmaps.Include(r => r.Sections).ThenInclude(s => s.Measures).ThenInclude(m => m.Checkpoints).SingleAsync();
        copiedRoadmap.Title.Should().Be(roadmap.Title);
        copiedRoadmap.Sections.SelectMany(s => s.Measures).Select(m => m.Title).Should().BeEquivalentTo("Совещание «ВПР»", "Анализ");
        copiedRoadmap.Sections.SelectMany(s => s.Measures).SelectMany(m => m.Checkpoints).Select(c => c.DueDate)
            .Should().BeEquivalentTo([new DateOnly(2024, 5, 31), new DateOnly(2023, 11, 1)]);
        (await copy.AuditEntries.CountAsync()).Should().Be(await Portal.WithDbAsync(db => db.AuditEntries.CountAsync()), "the audit log is part of the data");
        (await copy.Database.GetAppliedMigrationsAsync()).Should().Equal(await Portal.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync()));
    }

    [Fact]
    public async Task Restore_goes_only_into_a_new_database_and_a_broken_backup_leaves_nothing()
    {
        await Portal.CreateSchoolAsync("Школа 1");
        var file = Path.Combine(_dir, "sosva.dump");
        (await RunAsync("dump", Port, Database, file)).ExitCode.Should().Be(0);
        var broken = Path.Combine(_dir, "broken.dump");
        var bytes = await File.ReadAllBytesAsync(file);
        // Cut inside the table data at the end: the table of contents still reads, the restore fails half-way.
        await File.WriteAllBytesAsync(broken, bytes[..(bytes.Length - 100)]);
        var garbage = Path.Combine(_dir, "garbage.dump");
        await File.WriteAllTextAsync(garbage, "not a backup");

        var intoExisting = await RunAsync("restore", Port, Database, file);
        var fromBroken = await RunAsync("restore", Port, NewDatabaseName(), broken);
        var fromGarbage = await RunAsync("restore", Port, NewDatabaseName(), garbage);
        var ofMissing = await RunAsync("dump", Port, "no_such_database", Path.Combine(_dir, "missing.dump"));

        intoExisting.ExitCode.Should().NotBe(0);
        intoExisting.Output.Should().Contain("уже существует");
        (await Portal.WithDbAsync(db => db.Schools.CountAsync())).Should().Be(1, "the existing database is untouched");
        fromBroken.ExitCode.Should().NotBe(0);
        fromBroken.Output.Should().Contain("не удалось");
        fromGarbage.ExitCode.Should().NotBe(0);
        fromGarbage.Output.Should().Contain("не является резервной копией");
        (await DatabasesAsync()).Should().NotContain(_databases, "a failed restore drops the half-made database");
        ofMissing.ExitCode.Should().NotBe(0);
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo(["sosva.dump", "broken.dump", "garbage.dump"], "a failed backup leaves no file");
    }

    private NpgsqlConnectionStringBuilder Connection => new(Portal.ConnectionString);

    private string Port => Connection.Port.ToString(CultureInfo.InvariantCulture);

    private string Database => Connection.Database!;

    private string NewDatabaseName()
    {
        var name = $"sosva_restored_{Guid.NewGuid():N}";
        _databases.Add(name);
        return name;
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var environment = new Dictionary<string, string> { ["PGHOST"] = Connection.Host!, ["PGUSER"] = Connection.Username! };
        if (!string.IsNullOrEmpty(Connection.Password)) environment["PGPASSWORD"] = Connection.Password;
        return PostgresServer.RunClusterScriptAsync(environment, args);
    }

    private AppDbContext Context(string database) => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseNpgsql(new NpgsqlConnectionStringBuilder(Portal.ConnectionString) { Database = database, Pooling = false }.ConnectionString).Options);

    private async Task<List<string>> DatabasesAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Portal.ConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Portal.ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            connection.Open();
            foreach (var name in _databases)
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
