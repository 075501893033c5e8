using System.Net;
using System.Net.Sockets;

namespace Sosva.Objectivity.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run, started the same way as run.sh
/// (scripts/pg-cluster.sh), or the server named by OBJECTIVITY_TEST_DB when set.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string? _dataDir;
    private readonly int _port;

    /// <summary>Connection string of the server's maintenance database («postgres»).</summary>
    public string AdminConnectionString { get; }

    private PostgresServer(string adminConnectionString, string? dataDir, int port)
    {
        AdminConnectionString = adminConnectionString;
        _dataDir = dataDir;
        _port = port;
    }

    public static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("OBJECTIVITY_TEST_DB");
        if (!string.IsNullOrWhiteSpace(external)) return new PostgresServer(external, null, 0);
        return await StartOwnAsync();
    }

    /// <summary>
    /// A cluster of the test's own, even when OBJECTIVITY_TEST_DB names a shared server: for tests that
    /// stop and start the server (faults), which must not disturb the other tests.
    /// </summary>
    public static async Task<PostgresServer> StartOwnAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"sosva-test-pg-{Guid.NewGuid():N}");
        var port = FreePort();
        await RunScriptAsync("start", dir, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true", dir, port);
    }

    /// <summary>Stops the cluster: «fast» (a planned shutdown) or «immediate» (as a crash; the next start recovers from the WAL).</summary>
    public Task StopAsync(string mode = "fast") => RunScriptAsync("stop", OwnDataDir, mode);

    /// <summary>Starts the stopped cluster again on the same port.</summary>
    public Task StartAgainAsync() => RunScriptAsync("start", OwnDataDir, _port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private string OwnDataDir => _dataDir ?? throw new InvalidOperationException("An external server (OBJECTIVITY_TEST_DB) is not stopped by tests.");

    public async ValueTask DisposeAsync()
    {
        if (_dataDir is null) return;
        try
        {
            await RunScriptAsync("stop", _dataDir);
        }
        finally
        {
            try { Directory.Delete(_dataDir, recursive: true); }
            catch (IOException) { /* left for the OS to clean /tmp */ }
            catch (UnauthorizedAccessException) { }
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Sosva.Objectivity.sln"))) return dir.FullName;
            throw new InvalidOperationException("Repository root (Sosva.Objectivity.sln) not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A loopback TCP port free at the moment.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunScriptAsync(params string[] args)
    {
        var (exitCode, output) = await RunClusterScriptAsync(null, args);
        if (exitCode != 0)
            throw new InvalidOperationException($"pg-cluster.sh {string.Join(' ', args)} failed ({exitCode}): {output}");
    }

    /// <summary>Runs scripts/pg-cluster.sh with <paramref name="args"/>; its exit code and what it printed (stderr, then stdout).</summary>
    public static async Task<(int ExitCode, string Output)> RunClusterScriptAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var result = await ProcessRunner.RunAsync("bash", [Path.Combine(RepositoryRoot, "scripts", "pg-cluster.sh"), .. args], environment: environment);
        return (result.Code, result.Err + result.Out);
    }
}
