using System.Diagnostics;

namespace Sosva.Objectivity.Web.Tests.Infrastructure;

/// <summary>What a finished process said: its exit code, standard output and standard error.</summary>
public sealed record ProcessResult(int Code, string Out, string Err);

/// <summary>The one way the tests run another program: arguments as a list (no shell quoting), both outputs read to the end.</summary>
public static class ProcessRunner
{
    /// <summary>
    /// Runs <paramref name="program"/>; <paramref name="stdin"/>, when given, is written as one line and the input closed.
    /// A process still running after <paramref name="timeout"/> is killed with its children and the test fails.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(string program, IEnumerable<string> args, string? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardInput = stdin is not null, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        using var process = Process.Start(psi)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? Timeout.InfiniteTimeSpan);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"`{program} {string.Join(' ', psi.ArgumentList)}` did not exit within {timeout}.");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>The portal's command line (docs/design.md#8-command-line), run as administrators run it: a separate process on the test database.</summary>
public static class CliProcess
{
    /// <summary>
    /// Runs <c>Sosva.Objectivity.Web.dll</c> (or the bench tool's <paramref name="assembly"/>, which starts the portal
    /// alike) with <paramref name="args"/>, <paramref name="stdin"/> as its input line.
    /// </summary>
    public static Task<ProcessResult> RunAsync(string connectionString, string stdin, IEnumerable<string> args, TimeSpan? timeout = null,
        string assembly = "Sosva.Objectivity.Web.dll") =>
        ProcessRunner.RunAsync("dotnet", args.Prepend(Path.Combine(AppContext.BaseDirectory, assembly)), stdin,
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Default"] = connectionString,
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["Serilog__WriteTo__0__Name"] = "Console",
                ["Serilog__MinimumLevel__Default"] = "Warning",
                // Should a command start the web server by mistake, it takes no fixed port from anyone.
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            },
            AppContext.BaseDirectory, timeout);
}
