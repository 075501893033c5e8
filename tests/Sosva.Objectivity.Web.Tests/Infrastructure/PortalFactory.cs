using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Domain.Schools;
using Sosva.Objectivity.Web.Data;
using Sosva.Objectivity.Web.Data.Seeding;
using Sosva.Objectivity.Web.Execution;

namespace Sosva.Objectivity.Web.Tests.Infrastructure;

/// <summary>
/// The portal in-process on a real PostgreSQL database of its own. One per test collection;
/// <see cref="ResetAsync"/> empties the data between tests.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test1234!";

    private readonly bool _kestrel;

    public PortalFactory() : this(kestrel: false) { }

    /// <param name="kestrel">Serve on a real loopback port over HTTP (for a browser) instead of the in-memory test server.</param>
    protected PortalFactory(bool kestrel) => _kestrel = kestrel;

    /// <summary>The address a browser opens (only with <c>kestrel</c>).</summary>
    public Uri ServerAddress { get; private set; } = new("https://localhost");

    private PostgresServer? _server;
    private string _connectionString = "";

    public string ConnectionString => _connectionString;

    /// <summary>A PostgreSQL cluster of this portal's own (fault tests stop it), instead of the shared test server.</summary>
    public bool OwnServer { get; init; }

    /// <summary>The PostgreSQL server under the portal's database.</summary>
    public PostgresServer Postgres => _server ?? throw new InvalidOperationException("Not initialized");

    /// <summary>The portal's clock; tests set «today» on it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Log events of the portal, for tests of what is logged.</summary>
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Logs { get; } = new();

    public async Task InitializeAsync()
    {
        _server = OwnServer ? await PostgresServer.StartOwnAsync() : await PostgresServer.StartAsync();
        var database = $"sosva_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(_server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        _connectionString = new NpgsqlConnectionStringBuilder(_server.AdminConnectionString) { Database = database }.ConnectionString;
        // Migrate before the portal starts, so nothing in it (the data-protection key ring) meets an empty database.
        await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(_connectionString).Options))
            await db.Database.MigrateAsync();
        if (_kestrel)
        {
            UseKestrel(0);
            StartServer();
            var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
            ServerAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
                .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        // Validate the security stamp on every request, so tests see a lock or password change at once.
        builder.UseSetting("Security:StampValidationMinutes", "0");
        // A browser on http://127.0.0.1 keeps no Secure cookies and follows no HTTPS redirect.
        if (_kestrel) builder.UseSetting("Security:RequireHttps", "false");
        builder.UseSetting("Serilog:WriteTo:1:Name", "Console");
        // Every test client signs in from the same (test-server) address, dozens of times a minute; the sign-in
        // rate limit has its own test with its production-like value.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "100000");
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Empties every table but the migration history and data-protection keys, then recreates the roles.</summary>
    public async Task ResetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = await db.Database.SqlQueryRaw<string>(
            """
            SELECT format('%I.%I', schemaname, tablename) AS "Value" FROM pg_tables
            WHERE schemaname = 'public' AND tablename NOT IN ('__EFMigrationsHistory', 'DataProtectionKeys')
            """).ToListAsync();
#pragma warning disable EF1002 // table names come from the catalogue, not from input
        await db.Database.ExecuteSqlRawAsync($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE");
#pragma warning restore EF1002
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync();
        // Ids start again at 1 after the TRUNCATE: nothing cached about the previous test's data may survive.
        ((Microsoft.Extensions.Caching.Memory.MemoryCache)scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>()).Clear();
        Logs.Clear();
        Clock.Now = null;
    }

    public async Task<School> CreateSchoolAsync(string shortName, bool rural = false, string? inn = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var school = new School { ShortName = shortName, FullName = "Полное наименование: " + shortName, IsRural = rural, Inn = inn };
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school;
    }

    public async Task<AppUser> CreateUserAsync(string userName, string role, int? schoolId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, FullName = "Пользователь " + userName, SchoolId = schoolId, LockoutEnabled = true };
        (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        return user;
    }

    /// <summary>A roadmap read from text (the same path as an import), saved with the given status.</summary>
    public async Task<Roadmap> CreateRoadmapAsync(string tableText,
        RoadmapStatus status = RoadmapStatus.Draft,
        RoadmapLevel level = RoadmapLevel.Municipal,
        int? schoolId = null, string title = "Дорожная карта")
    {
        var table = RoadmapTableInterpreter.Interpret(
            TabSeparated.Split(tableText));
        var roadmap = RoadmapFactory.Create(table, title, level,
            new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31));
        roadmap.Status = status;
        roadmap.SchoolId = schoolId;
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync();
        return roadmap;
    }

    /// <summary>Creates, retires and revives execution reports as the plan says (what the pages do after a change).</summary>
    public async Task SyncReportsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReportPlanner>().SyncAllAsync();
    }

    /// <summary>Runs <paramref name="action"/> with a fresh context (what is really in the database).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalTests : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}

/// <summary>Base of integration tests: a clean database before each test.</summary>
[Collection(PortalTests.Name)]
public abstract class PortalTest(PortalFactory portal) : IAsyncLifetime
{
    protected PortalFactory Portal { get; } = portal;

    public Task InitializeAsync() => Portal.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A browser-like client: cookies kept, redirects not followed, over https.</summary>
    protected HttpClient NewClient() => Portal.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });

    /// <summary>A client signed in as a new user of <paramref name="role"/>.</summary>
    protected async Task<HttpClient> SignedInAsync(string role, int? schoolId = null, string? userName = null)
    {
        var name = userName ?? role.ToLowerInvariant() + (schoolId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        await Portal.CreateUserAsync(name, role, schoolId);
        var client = NewClient();
        var response = await client.SignInAsync(name, PortalFactory.Password);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "signing in as {0} must succeed", name);
        return client;
    }
}

internal sealed class CapturingLoggerProvider(ConcurrentQueue<(LogLevel, string, string)> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, sink);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string)> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) sink.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
