using System.Globalization;
using Npgsql;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Hosting;

/// <summary>
/// The embedded cluster of a checkout in a folder only its owner may enter (mode 0700, as /root is):
/// run as root, scripts/pg-cluster.sh runs the cluster as the unprivileged «postgres», who cannot reach
/// such a folder, so the cluster's data goes to a system location linked from the requested folder
/// (README, «Две команды»). Run as anyone else, the cluster belongs to that user and stays where asked.
/// </summary>
public sealed class PrivateCheckoutTests : IAsyncLifetime
{
    private static readonly bool AsRoot = Environment.UserName == "root";

    // Where pg-cluster.sh keeps the clusters of folders «postgres» cannot reach.
    private const string SystemLocation = "/var/lib/sosva-objectivity";

    private readonly string _private = Directory.CreateTempSubdirectory("sosva-private-").FullName;
    private readonly List<string> _elsewhere = [];

    public Task InitializeAsync()
    {
        // pg-cluster.sh is a Linux script: the tests of it run where it runs.
        if (OperatingSystem.IsLinux())
            File.SetUnixFileMode(_private, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return Task.CompletedTask;
    }

    private string Requested => Path.Combine(_private, "sub", ".data", "pg");

    [Fact]
    public async Task A_cluster_requested_in_a_private_folder_starts_answers_and_stops()
    {
        var port = PostgresServer.FreePort().ToString(CultureInfo.InvariantCulture);

        var start = await Script("start", Requested, port);

        start.ExitCode.Should().Be(0, start.Output);
        start.Output.Should().NotContain("Permission denied", "the cluster's programs never work in a folder their user cannot enter");
        var location = await DataDirAsync();
        if (AsRoot)
        {
            location.Should().NotStartWith(_private + "/", "«postgres» cannot enter the private folder")
                .And.StartWith(SystemLocation + "/");
            File.Exists(Path.Combine(location, "PG_VERSION")).Should().BeTrue();
        }
        else
        {
            location.Should().Be(Requested, "the cluster belongs to the user running the script, who reaches the folder");
        }
        (await SelectOneAsync(port)).Should().Be(1);
        (await Script("status", Requested)).ExitCode.Should().Be(0, "status finds the running cluster where start put it");
        var stop = await Script("stop", Requested);
        stop.ExitCode.Should().Be(0, stop.Output);
        stop.Output.Should().NotContain("Permission denied");
        (await Script("status", Requested)).ExitCode.Should().NotBe(0, "stop stopped it");
    }

    [Fact]
    public async Task With_the_checkouts_data_folder_removed_the_next_start_makes_a_fresh_cluster()
    {
        var port = PostgresServer.FreePort().ToString(CultureInfo.InvariantCulture);
        (await Script("start", Requested, port)).ExitCode.Should().Be(0);
        var first = await DataDirAsync();
        await ExecuteAsync(port, "create table left_behind (id int)");
        (await Script("stop", Requested)).ExitCode.Should().Be(0);

        // As a newcomer starting afresh does: `rm -rf .data` (or a new clone in the same folder).
        Directory.Delete(Path.Combine(_private, "sub", ".data"), recursive: true);
        var again = await Script("start", Requested, port);
        var second = await DataDirAsync();

        again.ExitCode.Should().Be(0, again.Output);
        second.Should().Be(first, "the location depends on the requested folder only");
        (await ExecuteAsync(port, "select count(*) from pg_tables where tablename = 'left_behind'")).Should().Be(0L,
            "the checkout's data was removed, so its cluster starts empty (a fresh password file must work)");
        if (AsRoot)
            again.Output.Should().Contain(first, "the old cluster is kept aside, and the message says where");
        (await Script("stop", Requested)).ExitCode.Should().Be(0);
    }

    public async Task DisposeAsync()
    {
        await Script("stop", Requested, "immediate");
        // Where the cluster went, even when the test failed before it asked.
        var (code, output) = await Script("datadir", Requested);
        if (code == 0) _elsewhere.Add(output.Trim());
        foreach (var dir in _elsewhere.Distinct().Where(d => Path.GetDirectoryName(d) == SystemLocation))
        {
            // The location and the clusters kept aside next to it (named after it); nothing else there.
            foreach (var d in Directory.Exists(SystemLocation) ? Directory.GetDirectories(SystemLocation, Path.GetFileName(dir) + "*") : [])
                Directory.Delete(d, recursive: true);
        }
        Directory.Delete(_private, recursive: true);
    }

    private async Task<string> DataDirAsync()
    {
        var (code, output) = await Script("datadir", Requested);
        code.Should().Be(0, output);
        var location = output.Trim();
        _elsewhere.Add(location);
        return location;
    }

    private static async Task<int> SelectOneAsync(string port) => (int)(await ExecuteAsync(port, "select 1"))!;

    private static async Task<object?> ExecuteAsync(string port, string sql)
    {
        // A throwaway cluster: local connections are trusted, as in the test fixture.
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>pg-cluster.sh run from inside the private folder, as run.sh runs it from its checkout.</summary>
    private async Task<(int ExitCode, string Output)> Script(params string[] args)
    {
        var result = await ProcessRunner.RunAsync("bash", [Path.Combine(PostgresServer.RepositoryRoot, "scripts", "pg-cluster.sh"), .. args], workingDirectory: _private);
        return (result.Code, result.Err + result.Out);
    }
}
